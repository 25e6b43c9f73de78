# Copilot instructions for Quillmate

- Stack: Next.js 14 App Router, TypeScript strict, Tailwind, shadcn/ui, Prisma, Supabase Auth, Stripe.
- Server-only secrets are read with `process.env.NAME!` inside server components, route handlers or server actions. Never prefix them with `NEXT_PUBLIC_`.
- Never hard-code API keys. Wrong: `const openai = new OpenAI({ apiKey: "sk-..." })`. Right: `new OpenAI({ apiKey: process.env.OPENAI_API_KEY })`.   ⟦D d-cp-openai⟧
- Validate webhook signatures (`stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!)`).   ⟦D d-cp-whsec⟧
- Use zod for every request body.
- Prefer `sk_test_`/`pk_test_` keys in tests; never commit live keys.   ⟦D d-cp-keys⟧
