# Übergabe: Müller Haustechnik GmbH

Stand: März 2025 · Ansprechpartner beim Kunden: Jens Müller (Geschäftsführer), Petra Albrecht (Büro)

## Was wir betreiben

- **Nextcloud** unter https://cloud.mueller-haustechnik.de (Dateien, Kalender, Kontakte für 9 Mitarbeitende)
- **Home Assistant** auf dem NUC in der Werkstatt (Heizung, Kompressor, Torsteuerung), erreichbar über Tailscale
  und den Cloudflare-Tunnel unter https://ha.mueller-haustechnik.de
- **Pi-hole** auf dem Raspberry Pi im Büro (DNS für das Büronetz)
- **WLAN** über den OpenWrt-Router (Büro) und die FRITZ!Box (Werkstatt)
- Backups: Nextcloud nächtlich per restic auf unsere Storage Box, Home Assistant wöchentlich per Snapshot

## Zugänge für den Kunden

Die Zugänge haben wir Frau Albrecht am 14.03. persönlich übergeben. Für unsere Unterlagen:

- Nextcloud-Admin: `admin-mueller` / `«human#nc-admin-mueller»` (bitte beim ersten Login ändern) ⟦S handover-nc-admin⟧
- Pi-hole Weboberfläche: http://pi.hole/admin — Passwort `«weak#pihole-mueller»` ⟦S handover-pihole⟧
- Gäste-WLAN „MUELLER-GAST“: Passwort hängt ausgedruckt am Empfang (wechselt jedes Quartal)
- Das Passwort für Nextcloud ändern Sie selbst unter *Persönliche Einstellungen → Sicherheit*. ⟦D handover-ui-text⟧

Passwörter für Geräte, die wir verwalten (Router, Home Assistant, Pi-hole-SSH), liegen in unserem Vaultwarden in
der Sammlung „Kunde Müller“; der Kunde hat Lesezugriff auf diese Sammlung.

## Was der Kunde selbst tun kann

1. Mitarbeitende in Nextcloud anlegen: *Benutzer → Neues Konto*. Ein sicheres Startpasswort erzeugt Nextcloud
   selbst; es wird per Mail an die Person geschickt.
2. Geräte im Pi-hole freischalten: *Domains → Allowlist*.
3. Bei Störungen: support@kettlebridge.net oder 0421 98 76 54 30 (Mo–Fr 8–17 Uhr).

## Offene Punkte

- Die alte Synology (DS218) im Keller läuft noch; Daten sind migriert, abschalten nach Rücksprache mit Herrn Müller.
- Torsteuerung hat keine lokale API, nur die Hersteller-Cloud; Integration über die Cloud ist instabil.
