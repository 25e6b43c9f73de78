# Carelane

Appointment scheduling for physiotherapy and dental clinics, built and run by Northbeam Digital.

| part | stack | where |
|---|---|---|
| API + workers | Django 5, Celery, Postgres, RabbitMQ, Redis | `backend/` |
| patient web app | Nuxt 3 | `frontend/` |
| SMS/voice gateway | Go | `gateway/` |
| notifications | Elixir / Phoenix | `notify/` |
| reports | .NET 8 worker | `reporting/` |
| apps | Kotlin (Android), Swift (iOS) | `android/`, `ios/` |

## Local setup

```sh
cp backend/.env.example backend/.env
export DATABASE_URL=postgres://carelane:carelane@localhost:5432/carelane   ⟦D d-readme-localdb⟧
export DATADOG_API_KEY=<your-datadog-api-key>   ⟦D d-readme-dd⟧
export TWILIO_AUTH_TOKEN=your_auth_token   ⟦D d-readme-twilio⟧
docker compose up -d postgres rabbitmq redis
python backend/manage.py migrate
```

Secrets for staging and production live in Vault (`vault kv get -field=password secret/carelane/prod/db`) and are   ⟦D d-readme-vault⟧
injected by Nomad templates; never paste them into this repo (see docs/runbooks/oncall.md).

Error reports go to Sentry; the browser DSN is public by design:
`https://«hex:32#dsn-web»@o«digits:6#dsn-org».ingest.de.sentry.io/«digits:7#dsn-proj»`   ⟦D d-readme-dsn⟧
