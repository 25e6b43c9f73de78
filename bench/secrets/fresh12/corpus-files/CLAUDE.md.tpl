# Notes for Claude Code (and humans)

## What this repo is
Relaydesk: AI support agent (Python, LangGraph) + customer dashboard (Next.js). See README for layout.

## Commands
- `make dev` – qdrant + postgres in docker, agent with reload on :8700
- `make test`, `make lint`, `make eval`
- dashboard: `cd dashboard && npm run dev` (port 3100)

## Conventions
- Python: ruff, 110 columns. TS: eslint next config, no default exports except pages.
- Don't add a dependency without asking. Don't touch `prompts/library.yaml` wording without bumping `v`.
- Tokens and keys: read from settings / process.env. If you see one hard-coded, flag it, don't copy it.

## Testing the dashboard by hand
Staging is https://staging.relaydesk.ai. Log in as `demo-admin@relaydesk.ai`, password `«pw_human#staging-admin»` ⟦S claude-staging-pw⟧
(org "Bloom & Bark Demo", has Zendesk + Shopify connected). Don't change that account's settings, the sales
demo uses it.

## Gotchas
- Pinecone index is 1024 dims; if you change `embedding_dims` you must rebuild every namespace.
- Clerk org ids look like `org_2fK9...`; Supabase `orgs.clerk_org_id` is the join key. ⟦D claude-org-id⟧
- LangSmith run ids are UUIDs; paste them, they are not secret.
