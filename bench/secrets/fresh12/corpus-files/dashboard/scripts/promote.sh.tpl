#!/usr/bin/env bash
# Promote a preview deployment to production after the smoke test passed.
#   ./scripts/promote.sh https://relaydesk-dashboard-git-main-relaydesk.vercel.app
set -euo pipefail

URL=${1:?usage: promote.sh <preview-url>}

curl -sf "$URL/api/health" >/dev/null || { echo "preview is not healthy"; exit 1; }
npx vercel promote "$URL" --yes --scope relaydesk --token «vercel_token#noah-cli» ⟦S vc-token⟧
npx vercel alias ls --scope relaydesk --token "$VERCEL_TOKEN" | head -5 ⟦D vc-env⟧
