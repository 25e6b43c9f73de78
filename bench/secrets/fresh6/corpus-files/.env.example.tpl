# Copy to .env.local and fill in. Never commit .env.local.
NEXT_PUBLIC_SUPABASE_URL=https://your-project-ref.supabase.co   ⟦D d-ex-sburl⟧
NEXT_PUBLIC_SUPABASE_ANON_KEY=your-anon-key   ⟦D d-ex-anon⟧
SUPABASE_SERVICE_ROLE_KEY=your-service-role-key   ⟦D d-ex-service⟧
DATABASE_URL="postgresql://postgres.[project-ref]:[YOUR-PASSWORD]@aws-0-eu-central-1.pooler.supabase.com:6543/postgres?pgbouncer=true"   ⟦D d-ex-dburl⟧
DIRECT_URL="postgresql://postgres:postgres@localhost:54322/postgres"   ⟦D d-ex-directurl⟧
OPENAI_API_KEY=sk-...   ⟦D d-ex-openai⟧
ANTHROPIC_API_KEY=sk-ant-...   ⟦D d-ex-anthropic⟧
STRIPE_SECRET_KEY=sk_test_...   ⟦D d-ex-stripe⟧
STRIPE_WEBHOOK_SECRET=whsec_...   ⟦D d-ex-whsec⟧
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_test_...   ⟦D d-ex-pk⟧
NEXTAUTH_SECRET=   # generate with: openssl rand -base64 32   ⟦D d-ex-nextauth⟧
GOOGLE_CLIENT_ID=
GOOGLE_CLIENT_SECRET=
GITHUB_ID=
GITHUB_SECRET=
DISCORD_CLIENT_ID=
DISCORD_CLIENT_SECRET=
RESEND_API_KEY=re_xxxxxxxxx   ⟦D d-ex-resend⟧
R2_ACCESS_KEY_ID=<R2_ACCESS_KEY_ID>   ⟦D d-ex-r2id⟧
R2_SECRET_ACCESS_KEY=<R2_SECRET_ACCESS_KEY>   ⟦D d-ex-r2secret⟧
UPSTASH_REDIS_REST_TOKEN=your-upstash-token   ⟦D d-ex-upstash⟧
CRON_SECRET=change-me   ⟦D d-ex-cron⟧
ADMIN_TOKEN=   ⟦D d-ex-admin⟧
JWT_SECRET=replace-with-a-long-random-string   ⟦D d-ex-jwt⟧
