# Relaydesk

AI support agent that answers tickets in Zendesk, looks up orders in Shopify, issues Stripe refunds under a
policy, and hands off to a human when it is not sure. Three of us, one agent service, one dashboard.

## Layout

- `agent/` – LangGraph agent service (FastAPI), tools, retrieval
- `prompts/` – prompt library (YAML, versioned; the agent loads it at start)
- `evals/` – eval datasets (JSONL) and scored runs
- `notebooks/` – exploration, do not import from here
- `dashboard/` – Next.js app for customers (Clerk auth, Supabase, Vercel)
- `integrations/` – Slack app, Discord bot
- `deploy/` – Modal (reranker), Fly (agent service)

## Running locally

```bash
cp .env.example .env        # then fill in the keys from 1Password ("Relaydesk dev" vault)
docker compose up -d qdrant postgres
uv sync
uv run uvicorn agent.server:app --reload --port 8700
```

The agent expects `OPENAI_API_KEY`, `ANTHROPIC_API_KEY` and `PINECONE_API_KEY` at least. Anything missing is
reported at start-up with the variable's name.

Default models: `gpt-4o-2024-08-06` for the planner, `claude-3-5-sonnet-20241022` for drafting replies, ⟦D readme-models⟧
`text-embedding-3-large` (3072 dims, we truncate to 1024) for retrieval. ⟦D readme-embed⟧

## Evals

```bash
uv run python -m evals.run --dataset evals/datasets/refunds_v3.jsonl --judge claude-3-5-haiku-20241022
```
