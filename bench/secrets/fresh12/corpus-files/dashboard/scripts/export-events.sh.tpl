#!/usr/bin/env bash
# Weekly funnel export for the investor update (PostHog → CSV).
set -euo pipefail

PROJECT_ID=48213
SINCE=${1:-$(date -d '7 days ago' +%F)}

curl -sS "https://eu.posthog.com/api/projects/${PROJECT_ID}/query/" \
  -H "Authorization: Bearer «phx#noah»" \ ⟦S ph-phx⟧
  -H "Content-Type: application/json" \
  -d "{\"query\": {\"kind\": \"HogQLQuery\", \"query\": \"select event, count() from events where timestamp >= '${SINCE}' group by event\"}}" \
  | jq -r '.results[] | @csv' > "funnel-${SINCE}.csv"

echo "wrote funnel-${SINCE}.csv"
