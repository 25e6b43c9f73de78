# Deploying Quillmate

*Drafted by Claude, edited by Maya.*

## Vercel

1. Import the repo in Vercel.
2. Add all variables from `.env.example`. For production use **live** keys:
   - `STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx`   ⟦D d-dp-stripe⟧
   - `STRIPE_WEBHOOK_SECRET=whsec_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`   ⟦D d-dp-whsec⟧
   - `OPENAI_API_KEY=sk-proj-REPLACE_ME`   ⟦D d-dp-openai⟧
3. Set `CRON_SECRET` to a random string (`openssl rand -hex 32`). Vercel sends it as `Authorization: Bearer <CRON_SECRET>`.   ⟦D d-dp-cron⟧

## GitHub Actions

The deploy workflow needs these repository secrets: `VERCEL_TOKEN`, `VERCEL_ORG_ID`, `VERCEL_PROJECT_ID`, `SUPABASE_ACCESS_TOKEN`.
Vercel project: `«vercel_prj#quillmate»`, team `«vercel_team#maya»`.   ⟦D d-dp-vercel-ids⟧

## Database

Production connection string format:

```
postgresql://postgres.[ref]:[YOUR-PASSWORD]@aws-0-eu-central-1.pooler.supabase.com:6543/postgres   ⟦D d-dp-dburl⟧
```

## Troubleshooting

**Emails not sending?** Check the Resend dashboard. If the domain is verified but mails bounce, test the key directly:

```bash
curl -X POST https://api.resend.com/emails \
  -H "Authorization: Bearer «resend#deploy-doc»" \   ⟦S s-dp-resend⟧
  -H "Content-Type: application/json" \
  -d '{"from":"hello@quillmate.io","to":"maya@quillmate.io","subject":"test","html":"<p>it works</p>"}'
```

**Worker can't reach the DB?** The worker uses the direct connection on port 5432, not the pooler.

**Sentry source maps missing?** Make sure `SENTRY_AUTH_TOKEN` is set in Vercel (not `NEXT_PUBLIC_`!).
