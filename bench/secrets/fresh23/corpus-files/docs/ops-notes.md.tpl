# Betriebsnotizen

## Server
- bw-prod-1 (cx22, fsn1), IPv4 in 1Password
- SSH-Host-Key-Fingerprint: `SHA256:«b64:32#hostfp»` ⟦D ops-hostfp⟧
- Caddy terminiert TLS, Let's Encrypt

## Hetzner
- Projekt "belegwerk", API-Token für CI liegt als GitHub-Secret `HCLOUD_TOKEN` ⟦D ops-hcloud-ref⟧
- Robot-Webservice-User (für die Storage Box): `#ws+«alnum:8#robot_user»`, Passwort `«human#robot_pw»` ⟦S ops-robot-pw⟧
- Object Storage Bucket `belegwerk-db`, Keys in `/etc/belegwerk/env`

## DATEV
- Entwicklerportal-App "Belegwerk Export", Client-ID `«hex:32#datev_client»` ⟦D ops-datev-id⟧
- Sandbox-Login im DATEV-Entwicklerportal: `dev@belegwerk.de` / `«weak#datev_portal»` ⟦S ops-datev-portal⟧

## Plausible
- Shared Link fürs Dashboard: https://plausible.io/share/belegwerk.de?auth=«alnum:22#plaus_share»  ⟦S ops-plausible-share⟧
- Script-Tag: `<script defer data-domain="belegwerk.de" src="https://plausible.io/js/script.js"></script>` ⟦D ops-plausible-tag⟧

## Zahlungen
- Paddle Vendor ID 18«digits:4#vendor» ⟦D ops-vendor⟧
- Client-side token ist öffentlich (steht im HTML), API-Key NICHT.
