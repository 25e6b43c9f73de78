# Keycloak-Realm `werkbank`

`realm-werkbank.json` ist ein **Teil-Export** aus der Admin-Konsole (Realm settings → Action → Partial export,
mit Clients und Gruppen). Client-Secrets und das LDAP-Bind-Passwort erscheinen darin als `**********`; nach einem
Import müssen sie in der Konsole neu gesetzt werden (Werte im KeePass, Gruppe "Keycloak").

## Öffentlicher Schlüssel des Realms

Für Systeme ohne JWKS-Abruf (die Legacy-WAR prüft Tokens offline) – Stand nach der Schlüsselrotation vom 12.03.,
kopiert aus Realm settings → Keys → RS256 → "Public key":

```
«kc_pub#realm2»   ⟦D kc-pubkey⟧
```

In der WAR (`lager.properties`) als `keycloak.realm-public-key=` eintragen (eine Zeile, ohne BEGIN/END).

Key-ID (kid) im Token-Header: `«b64url:43#kc-kid»`   ⟦D kc-kid⟧

## Import lokal

```bash
docker compose up -d keycloak   # importiert keycloak/*.json beim Start
```
