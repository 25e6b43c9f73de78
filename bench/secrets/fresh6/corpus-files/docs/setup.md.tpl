# Setup guide

> This guide was generated with the help of an AI assistant and reviewed by Maya.

## 1. Supabase

Create a project at https://supabase.com/dashboard. Under **Project Settings → API** you will find:

- **Project URL** — e.g. `https://abcdefghijklmnopqrst.supabase.co`   ⟦D d-su-url⟧
- **anon public key** — safe to use in the browser (Row Level Security protects your data)
- **service_role key** — ⚠️ keep this secret! Never expose it to the client.

Set them like this:

```bash
NEXT_PUBLIC_SUPABASE_URL=https://<project-ref>.supabase.co   ⟦D d-su-url2⟧
NEXT_PUBLIC_SUPABASE_ANON_KEY=<your-anon-key>   ⟦D d-su-anon⟧
SUPABASE_SERVICE_ROLE_KEY=<your-service-role-key>   ⟦D d-su-service⟧
```

Our production project uses this anon key (it is public, it ships in the JS bundle anyway):

```
«sb_anon:prod#docs»   ⟦D d-su-anon-real⟧
```

## 2. OpenAI and Anthropic

Get an API key from https://platform.openai.com/api-keys. It starts with `sk-proj-`.

```bash
OPENAI_API_KEY=your-openai-key   ⟦D d-su-openai⟧
ANTHROPIC_API_KEY=your-anthropic-key   ⟦D d-su-anthropic⟧
```

## 3. Stripe

1. Go to **Developers → API keys**. Use **test mode** keys while developing.
2. Example (Stripe's own documentation key, test mode): `sk_test_4eC39HqLyjWDarjtT1zdp7dc`   ⟦D d-su-stripe-doc⟧
3. Publishable test key of our sandbox account: `«pk_test#sandbox»`   ⟦D d-su-pktest⟧
4. Create products **Starter** (`«stripe_price#starter»`) and **Pro** (`«stripe_price#pro»`).   ⟦D d-su-prices⟧
5. For webhooks locally run `stripe listen --forward-to localhost:3000/api/webhooks/stripe` and copy the `whsec_...` it prints.   ⟦D d-su-whsec⟧

## 4. OAuth providers

| Provider | Callback URL | Env vars |
|----------|--------------|----------|
| Google | `http://localhost:3000/api/auth/callback/google` | `GOOGLE_CLIENT_ID`, `GOOGLE_CLIENT_SECRET` |
| GitHub | `http://localhost:3000/api/auth/callback/github` | `GITHUB_ID`, `GITHUB_SECRET` |
| Discord | `http://localhost:3000/api/auth/callback/discord` | `DISCORD_CLIENT_ID`, `DISCORD_CLIENT_SECRET` |

Generate `NEXTAUTH_SECRET` with `openssl rand -base64 32` and paste the output into `.env.local`.

## 5. Cloudflare R2

Create an R2 API token with **Object Read & Write**. You get an Access Key ID and a Secret Access Key.

```bash
R2_ACCESS_KEY_ID=<R2_ACCESS_KEY_ID>   ⟦D d-su-r2id⟧
R2_SECRET_ACCESS_KEY=<R2_SECRET_ACCESS_KEY>   ⟦D d-su-r2secret⟧
R2_ENDPOINT=https://«cf_account#main».r2.cloudflarestorage.com   ⟦D d-su-r2endpoint⟧
```

## 6. Local services (Docker)

`docker compose up -d` starts Postgres (`postgres` / `postgres`), Redis and MinIO (`minioadmin` / `minioadmin`).   ⟦D d-su-compose⟧
