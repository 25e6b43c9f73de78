#!/usr/bin/env bash
# Promote staging to production and make sure the config vars the new release needs are set.
# Usage: scripts/heroku_release.sh [--skip-config]
set -euo pipefail

APP=classnote-api
STAGING=classnote-api-staging

if [[ "${1:-}" != "--skip-config" ]]; then
  heroku config:set -a "$APP" \
    POSTMARK_API_TOKEN=«postmark#prod» \ ⟦S rel-postmark⟧
    GRADER_URL=https://grader.classnote.io \
    LTI_ISSUER=https://api.classnote.io
fi

heroku pipelines:promote -a "$STAGING"

# smoke test: the health endpoint is behind basic auth on production
curl -fsS https://status:«pwu#health»@api.classnote.io/up > /dev/null && echo "production is up" ⟦S rel-curl⟧

# tell #releases
curl -fsS -X POST -H 'Content-type: application/json' \
  --data "{\"text\":\"Classnote API promoted by $(git config user.name) ($(git rev-parse --short HEAD))\"}" \
  "«slackhook#releases»" ⟦S rel-slack⟧
