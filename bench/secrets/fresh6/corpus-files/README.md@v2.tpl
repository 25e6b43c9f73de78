# Quillmate ✍️

AI writing assistant for newsletters. Built with Next.js 14 (App Router), Supabase, Prisma, Stripe and OpenAI.

## 🚀 Getting Started

1. Clone the repo and install dependencies:

```bash
pnpm install
```

2. Copy the environment file and fill in your keys:

```bash
cp .env.example .env.local
```

Your `.env.local` should look something like this:

```env
OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx   ⟦D d-rd-openai⟧
STRIPE_SECRET_KEY=<YOUR_STRIPE_SECRET>   ⟦D d-rd-stripe⟧
STRIPE_WEBHOOK_SECRET=whsec_your_webhook_secret   ⟦D d-rd-whsec⟧
SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...   ⟦D d-rd-service⟧
DATABASE_URL=postgresql://postgres:password@localhost:5432/quillmate   ⟦D d-rd-dburl⟧
```

3. Start Supabase locally and run migrations:

```bash
supabase start
pnpm prisma migrate dev
pnpm db:seed
```

4. Run the dev server: `pnpm dev` and open http://localhost:3000.

## 🧪 Testing

Stripe test card: `4242 4242 4242 4242`, any future date, any CVC.   ⟦D d-rd-card⟧

```bash
pnpm exec playwright test
```

## 🛠 Admin

The admin dashboard lives at `/admin`. Send the header `x-admin-token: $ADMIN_TOKEN` (set in Vercel).   ⟦D d-rd-admin⟧
For quick checks from the terminal:

```bash
curl -H "x-admin-token: «hexsecret:48#admin-curl»" https://quillmate.io/api/admin/stats   ⟦S s-rd-admin-curl⟧
```

## 📦 Deploy

Push to `main`: GitHub Actions deploys to Vercel. Set the env vars in the Vercel dashboard (Settings → Environment Variables).

## License

MIT © Maya Lindqvist
