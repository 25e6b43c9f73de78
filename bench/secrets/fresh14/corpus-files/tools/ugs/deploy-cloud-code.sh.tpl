#!/usr/bin/env bash
# Deploys the Cloud Code scripts and Remote Config to a UGS environment with the ugs CLI.
# Usage: tools/ugs/deploy-cloud-code.sh staging|production
set -euo pipefail

ENV_NAME="${1:?staging or production}"
export UGS_CLI_PROJECT_ID="«uuid#ugsproject»" ⟦D ugs-project⟧
export UGS_CLI_ENVIRONMENT_NAME="$ENV_NAME"

# service account "ci-deploy" (Cloud Code Editor, Remote Config Editor)
export UGS_CLI_SERVICE_KEY_ID="«uuid#ugs-sa»" ⟦D ugs-keyid⟧
export UGS_CLI_SERVICE_SECRET_KEY="«ugs_secret#ci-deploy»" ⟦S ugs-secret⟧

ugs deploy client/CloudCode client/RemoteConfig --json
ugs cloud-code scripts list --json | jq -r '.[].Name'
