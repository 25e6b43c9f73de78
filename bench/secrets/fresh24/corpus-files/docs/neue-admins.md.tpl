# Einstieg für neue Admins

Willkommen im IT-Team! Diese Seite ist der Export aus dem Wiki (Confluence "IT intern"), Stand Mai 2024.

## Erste Woche

1. Adm-Konto anlegen lassen (`adm-<kürzel>`), Mitglied in `GG-IT-Admins`.
2. KeePass-Datenbank "IT-Admins" auf `\\fs01\IT$\KeePass` – Master-Passwort gibt dir Stefan persönlich.
3. VPN: FortiClient, Profil "Kessler-Admin", Anmeldung mit dem adm-Konto + Token.
4. RSAT und die Module aus der README installieren.

## Wichtige Systeme

| System | Adresse | Anmeldung |
|--------|---------|-----------|
| vCenter | https://vcsa01.kessler.local | adm-Konto (SSO) |
| Veeam | vbr01 | adm-Konto |
| SCCM | sccm01 | adm-Konto |
| Drucker-Webinterface (Kyocera) | http://prt-kyo-eg/ | Admin / «adm:Kyocera#kyo» | ⟦S wiki-kyo⟧
| USV (APC) | https://usv01.kessler.local | apc / «adm:Strom#apc» | ⟦S wiki-apc⟧
| Firewall (FortiGate) | https://fw01.kessler.local:8443 | nur mit Token |
| WLAN Gäste | SSID "Kessler-Gast" | wechselt monatlich, siehe Aushang Empfang | ⟦D wiki-wlan⟧

## Notfall

Wenn die Domäne nicht erreichbar ist: DSRM-Passwort der DCs steht im Umschlag im Tresor (Büro GF).
Break-Glass-Konto Microsoft 365: `breakglass@kesslermb.onmicrosoft.com`, Passwort im Tresor, FIDO2-Key liegt dabei.

Für die Anmeldung per Skript nie Passwörter in Klartext – nimm `Get-Credential` oder `Get-ITCredential`.
Beispiel mit Platzhalter: `Connect-VIServer -Server vcsa01 -User <adm-konto> -Password <passwort>` ⟦D wiki-ph⟧

## Häufige Tickets

- Drucker: `scripts\Restart-PrintSpooler.ps1`
- Konto gesperrt: `Unlock-ADAccount -Identity <sam>`
- Passwort vergessen: Reset über ADUC, Startpasswort ist das aus `New-Employee.ps1`, "Ändern bei nächster Anmeldung" anhaken.
