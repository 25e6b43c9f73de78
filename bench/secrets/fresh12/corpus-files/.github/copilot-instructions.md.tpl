This repository contains Relaydesk's support agent (Python 3.11, LangGraph, FastAPI) in `agent/` and the customer
dashboard (Next.js 14 app router, TypeScript, Clerk, Supabase) in `dashboard/`.

When suggesting code:
- Read configuration via `settings()` in Python and `process.env.X` in TypeScript; never inline a key. ⟦D cop-env⟧
- For examples in docs use obviously fake values such as `sk-proj-XXXXXXXXXXXXXXXX` or `rdsk_live_<your-secret>`. ⟦D cop-fake⟧
- Stripe amounts are integers in cents.
- Zendesk API calls go through `agent/tools/zendesk.py`'s client (auth is `email/token` + API token).
- Use `claude-3-5-sonnet-20241022` and `gpt-4o-2024-08-06` as model ids in examples.
