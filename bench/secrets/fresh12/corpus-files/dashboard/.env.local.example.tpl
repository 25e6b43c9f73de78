# dashboard/.env.local — copy this file, never commit the copy
NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_test_Y2xlcmsuZXhhbXBsZS5jb20k ⟦D dex-clerk-pk⟧
CLERK_SECRET_KEY=sk_test_•••••••••••••••••••••••••••••••••••••••• ⟦D dex-clerk-sk⟧
NEXT_PUBLIC_SUPABASE_URL=https://<project-ref>.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=<anon key from Supabase → Settings → API> ⟦D dex-anon⟧
SUPABASE_SERVICE_ROLE_KEY= ⟦D dex-service⟧
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx ⟦D dex-stripe⟧
STRIPE_WEBHOOK_SECRET=whsec_... ⟦D dex-whsec⟧
RESEND_API_KEY=re_123456789 ⟦D dex-resend⟧
UPSTASH_REDIS_REST_URL=
UPSTASH_REDIS_REST_TOKEN=
INNGEST_SIGNING_KEY=signkey-test-<hex> ⟦D dex-inngest⟧
NEXT_PUBLIC_POSTHOG_KEY=phc_...
NEXT_PUBLIC_SENTRY_DSN=
