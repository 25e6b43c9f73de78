#!/usr/bin/env bash
# Push the fine-tuned classifier (cog) to Replicate: relaydesk/intent-classifier
set -euo pipefail
cd "$(dirname "$0")/../models/intent-classifier"

export REPLICATE_API_TOKEN=«replicate#tomasz» ⟦S rp-token⟧

cog login --token-stdin <<< "$REPLICATE_API_TOKEN" ⟦D rp-var⟧
cog push r8.im/relaydesk/intent-classifier

# latest version id, for agent/providers.py
curl -s -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
  https://api.replicate.com/v1/models/relaydesk/intent-classifier | jq -r .latest_version.id
