# Belegwerk

Belegwerk ist die Belegverwaltung für kleine Steuerkanzleien: Belege hochladen, kontieren, per DATEV-Export an die
Kanzlei-Software übergeben und Umsatzsteuer-Voranmeldungen direkt über ELSTER senden. Go + HTMX, SQLite mit
Litestream, gehostet bei Hetzner.

## Lokal starten

```sh
cp .env.example .env        # Werte aus dem Passwortmanager eintragen
make dev                    # startet auf http://localhost:8080
```

Login für die Demo-Kanzlei nach `make seed`: `demo@belegwerk.de`, Passwort steht in `SEED_DEMO_PASSWORD`. ⟦D readme-demo-env⟧

Die Testumgebung von ELSTER nutzt das Testzertifikat aus `testdata/elster-test.pfx` (PIN `123456`, von ELSTER
für ERiC-Tests veröffentlicht). ⟦D readme-eric-pin⟧

## Secrets

Produktions-Secrets liegen age-verschlüsselt in `secrets/prod.env.age`. Empfänger (öffentlicher Schlüssel):
`«age_pub#team»` ⟦D readme-age-pub⟧

Entschlüsseln: `make secrets-decrypt` (braucht eure eigene Identität unter `~/.config/age/belegwerk.txt`).

## Deploy

`make deploy` baut das Binary, kopiert es per rsync auf `bw-prod-1` und startet `belegwerk.service` neu.
Storage Box für Belegscans: `u«digits:6#sbox».your-storagebox.de`, Zugang siehe 1Password-Eintrag "Storage Box".
