#!/usr/bin/env bash
# Post a deploy notice to #deploys. Called from the Argo CD notification hook.
set -euo pipefail
: "${SLACK_DEPLOYS_WEBHOOK:?set SLACK_DEPLOYS_WEBHOOK}" ⟦D notify-env⟧
app="$1"; rev="$2"
curl -fsS -X POST -H 'Content-type: application/json' \
  --data "{\"text\":\"deployed ${app} at ${rev:0:8}\"}" \
  "$SLACK_DEPLOYS_WEBHOOK"
