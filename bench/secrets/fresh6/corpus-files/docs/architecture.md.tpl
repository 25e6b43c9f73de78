# Architecture (AI-generated overview)

```
Browser ──▶ Next.js (Vercel, fra1) ──▶ Supabase Postgres (eu-central-1)
                │                         ▲
                ├──▶ OpenAI / Anthropic    │
                ├──▶ Stripe                │
                └──▶ FastAPI worker (Fly) ─┘
```

- The browser only ever sees **public** keys: the Supabase anon key, the Stripe publishable key (`pk_live_...`), the PostHog project key (`phc_...`) and the Sentry DSN.   ⟦D d-ar-public⟧
- Server secrets (`sk_live_...`, `sk-proj-...`, `SUPABASE_SERVICE_ROLE_KEY`) live in Vercel env vars.   ⟦D d-ar-server⟧
- The worker verifies requests with an HMAC of the body using `WORKER_SHARED_SECRET` (header `x-worker-signature`).   ⟦D d-ar-hmac⟧
- Example signed request (secret `test-secret`, body `{}`): `x-worker-signature: «sha256#example-sig»`.   ⟦D d-ar-example⟧
- Row Level Security is on for every table; the policy for drafts is `auth.uid() = user_id`.
- Trace ids look like `«traceparent#example»`.   ⟦D d-ar-trace⟧
