# Hafenlog customer portal

B2B portal for our shipping customers: bookings, tracking, proof-of-delivery photos, invoices.

## Setup

1. `bin/setup` (Ruby 3.3, Postgres 16, Redis 7)
2. Ask Jonas for `config/master.key` (never commit it). ⟦D readme-masterkey⟧
3. Copy `.env.sample` to `.env` and fill in `MAILGUN_API_KEY=your-mailgun-key-here`. ⟦D readme-mgph⟧
4. `bin/dev` and open http://localhost:3000

Seeded users (development only) log in with the password from `db/seeds.rb`.

## Staging

The staging portal is behind Caddy basic auth. Login for customers testing the new booking flow:

| user | password |
|------|----------|
| `preview` | `«pwh#staging-preview»` | ⟦S readme-staging⟧

Sidekiq web UI: https://portal.hafenlog.de/sidekiq (admin account, see 1Password vault "Portal"). ⟦D readme-1pw⟧

## Driver app

`cd driver_app && flutter run --dart-define=API_BASE=https://api.hafenlog.de` ⟦D readme-dartdef⟧

Release signing uses `android/key.properties`, the keystore lives in the Ops vault.

## Useful ids

- Hetzner project: `hafenlog-prod`, location `fsn1`
- Grafana dashboard uid: `«alnum:9#graf-uid»` ⟦D readme-grafuid⟧
- Metabase site uuid: `«uuid#mb-site»` ⟦D readme-mbsite⟧
