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

The prod database, in case Render's dashboard is down again (ask Tomasz before using it):

    DATABASE_URL=postgresql://munchly_app:«pwu#prod-db»@dpg-«lower:20#render-db»-a.frankfurt-postgres.render.com/munchly_prod   ⟦S s-readme-prod-db⟧
    REDIS_URL=rediss://red-«lower:20#render-redis»:«alnum:32#render-redis-pw»@frankfurt-redis.render.com:6379   ⟦S s-readme-prod-redis⟧

Status page: https://status.munchly.app — Sentry: https://munchly.sentry.io/projects/api/
