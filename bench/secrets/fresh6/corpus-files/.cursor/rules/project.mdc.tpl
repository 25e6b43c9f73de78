---
description: Quillmate project rules
globs: ["**/*.ts", "**/*.tsx", "worker/**/*.py"]
alwaysApply: true
---

You are an expert in TypeScript, Next.js App Router, Supabase and Stripe.

- Use server actions for mutations; route handlers only for webhooks and crons.
- Read secrets from `process.env` (TS) or `os.environ` (Python). Placeholder values look like `YOUR_API_KEY` — never invent real-looking keys.   ⟦D d-cr-placeholder⟧
- The Anthropic model is `claude-3-5-sonnet-20241022`; the OpenAI model is `gpt-4o-mini`.
- When testing prompts locally and the env is missing, use the shared dev key: «openai#cursor-dev»   ⟦S s-cr-openai⟧
- Supabase project ref: «sb_ref#prod» (region eu-central-1).   ⟦D d-cr-ref⟧
- UI copy is in `messages/*.json`; never hard-code strings in components.
