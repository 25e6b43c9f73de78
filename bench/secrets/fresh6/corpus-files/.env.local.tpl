# Quillmate local env — DO NOT COMMIT (oops)
NEXT_PUBLIC_SUPABASE_URL=https://«sb_ref#prod».supabase.co   ⟦D d-envl-sburl⟧
NEXT_PUBLIC_SUPABASE_ANON_KEY=«sb_anon:prod#envl»   ⟦D d-envl-anon⟧
SUPABASE_SERVICE_ROLE_KEY=«sb_service:prod#envl»   ⟦S s-envl-service⟧
DATABASE_URL="postgresql://postgres.«sb_ref#prod»:«pwu#envl-db»@aws-0-eu-central-1.pooler.supabase.com:6543/postgres?pgbouncer=true"   ⟦S s-envl-dburl⟧
DIRECT_URL="postgresql://postgres.«sb_ref#prod»:«pwu#envl-db»@aws-0-eu-central-1.pooler.supabase.com:5432/postgres"   ⟦S s-envl-directurl⟧
OPENAI_API_KEY=«openai#envl»   ⟦S s-envl-openai⟧
ANTHROPIC_API_KEY=«anthropic#envl»   ⟦S s-envl-anthropic⟧
STRIPE_SECRET_KEY=«sk_live#envl»   ⟦S s-envl-stripe⟧
STRIPE_WEBHOOK_SECRET=«whsec#envl»   ⟦S s-envl-whsec⟧
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=«pk_live#envl»   ⟦D d-envl-pk⟧
NEXTAUTH_URL=http://localhost:3000
NEXTAUTH_SECRET=«nextauth#envl»   ⟦S s-envl-nextauth⟧
NEXT_PUBLIC_POSTHOG_KEY=«phc#envl»   ⟦D d-envl-phc⟧
NEXT_PUBLIC_POSTHOG_HOST=https://eu.i.posthog.com
NEXT_PUBLIC_SENTRY_DSN=«sentry_dsn#envl»   ⟦D d-envl-dsn⟧
RESEND_API_KEY=«resend#envl»   ⟦S s-envl-resend⟧
R2_ACCOUNT_ID=«cf_account#main»   ⟦D d-envl-r2acct⟧
R2_ACCESS_KEY_ID=«r2_id#envl»   ⟦S s-envl-r2id⟧
R2_SECRET_ACCESS_KEY=«r2_secret#envl»   ⟦S s-envl-r2secret⟧
R2_BUCKET=quillmate-uploads
