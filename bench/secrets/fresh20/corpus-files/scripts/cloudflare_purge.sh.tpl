#!/usr/bin/env bash
# Purge the Cloudflare cache after a deploy. CF_API_TOKEN comes from the CI variables.
set -euo pipefail
ZONE_ID="«cf_zone#prod»" ⟦D cfp-zone⟧
: "${CF_API_TOKEN:?set CF_API_TOKEN}" ⟦D cfp-token-var⟧
curl -fsS -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data '{"purge_everything":true}'
