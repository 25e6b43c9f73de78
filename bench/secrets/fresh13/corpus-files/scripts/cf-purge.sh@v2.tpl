#!/usr/bin/env bash
# Purge Cloudflare's cache for a customer zone after a theme deploy.
# usage: CF_PURGE_TOKEN=... cf-purge.sh baeckerei-sonnenschein.de   (token: Vaultwarden "cloudflare cache purge")
set -euo pipefail
ZONE_NAME=${1:?zone}
TOKEN="${CF_PURGE_TOKEN:?export CF_PURGE_TOKEN first}" ⟦D cfpurge-env⟧

ZONE_ID=$(curl -fsS -H "Authorization: Bearer $TOKEN" \
  "https://api.cloudflare.com/client/v4/zones?name=$ZONE_NAME" | jq -r '.result[0].id')
curl -fsS -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data '{"purge_everything":true}' \
  "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/purge_cache" | jq '.success'
