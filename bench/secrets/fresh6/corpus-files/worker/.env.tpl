OPENAI_API_KEY=«openai_svc#worker-env»   ⟦S s-we-openai⟧
DATABASE_URL=postgresql://postgres:«pwu#worker-env-db»@db.«sb_ref#prod».supabase.co:5432/postgres   ⟦S s-we-dburl⟧
SENTRY_DSN=«sentry_dsn#worker»   ⟦D d-we-dsn⟧
LOG_LEVEL=info
