#!/usr/bin/env bash
# Purge Cloudflare's cache for a customer zone after a theme deploy.
# usage: cf-purge.sh baeckerei-sonnenschein.de
set -euo pipefail
ZONE_NAME=${1:?zone}
TOKEN="«cf_token#cache-purge»" ⟦S cfpurge-token⟧

ZONE_ID=$(curl -fsS -H "Authorization: Bearer $TOKEN" \
  "https://api.cloudflare.com/client/v4/zones?name=$ZONE_NAME" | jq -r '.result[0].id')
curl -fsS -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data '{"purge_everything":true}' \
  "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/purge_cache" | jq '.success'
