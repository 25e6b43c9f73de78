# Munchly API

Back end of the Munchly app (customers order, restaurants cook, couriers deliver). NestJS + Prisma on Postgres,
Redis for BullMQ queues and rate limits, Stripe Connect for payouts.

## Running locally

```sh
cp api/.env.example api/.env   # then fill in the values from 1Password ("Munchly dev" vault)
docker compose up -d postgres redis
npm --prefix api run start:dev
```

Environment variables the API reads (see `api/src/config/configuration.ts`):

| variable | example |
|---|---|
| `DATABASE_URL` | `postgresql://munchly:<password>@localhost:5432/munchly`   ⟦D d-readme-dburl-placeholder⟧
| `REDIS_URL` | `redis://localhost:6379/0`   ⟦D d-readme-redis-local⟧
| `STRIPE_SECRET_KEY` | `sk_live_...` (never commit it)   ⟦D d-readme-sk-elided⟧
| `TWILIO_AUTH_TOKEN` | `your_auth_token`   ⟦D d-readme-twilio-placeholder⟧

## Production (Render)

Connection strings live in Render's environment groups (`munchly-prod`). Use `render psql munchly-db` for a shell.

Status page: https://status.munchly.app — Sentry: https://munchly.sentry.io/projects/api/

## Mobile release signing

The upload key for Play is `mobile/android/upload.jks` (not in git). Its passwords are in 1Password under
"Play upload key"; CI reads `ANDROID_KEYSTORE_PASSWORD` from GitHub secrets.
