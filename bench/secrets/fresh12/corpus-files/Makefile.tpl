.PHONY: dev test lint eval smoke reindex modal-login modal-deploy

AGENT_URL ?= http://localhost:8700

dev:
	docker compose up -d qdrant postgres
	uv run uvicorn agent.server:app --reload --port 8700

test:
	uv run pytest -q

lint:
	uv run ruff check . && cd dashboard && npm run lint

eval:
	uv run python -m evals.run --dataset evals/datasets/refunds_v3.jsonl

# smoke test against prod with the demo org's server key
smoke:
	curl -sf https://agent.relaydesk.ai/v1/conversations \
	  -H "Authorization: Bearer «rd_secret#demo-org»" \ ⟦S mk-bearer⟧
	  -H "Content-Type: application/json" \
	  -d '{"message": "where is my order #1043?", "customer_email": "test@relaydesk-demo.com"}' | jq .

reindex:
	uv run python -m agent.ingest --org $(ORG) --source zendesk-guide --rebuild

# CI deploys the reranker with the GitHub secrets; this is for deploying from a laptop
modal-login:
	modal token set --token-id «modal_id#laptop» --token-secret «modal_secret#laptop» --profile relaydesk ⟦S mk-modal⟧

modal-deploy:
	modal deploy --env main deploy/modal_app.py
