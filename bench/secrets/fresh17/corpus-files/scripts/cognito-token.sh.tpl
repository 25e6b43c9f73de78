#!/usr/bin/env bash
# Get an ID token for the admin console app client (it has a secret, so SECRET_HASH is required).
# Usage: scripts/cognito-token.sh staff@clinic.example
set -euo pipefail
POOL_ID="«cognito_pool#staging»" ⟦D cog-pool⟧
CLIENT_ID="«cognito_client#admin-staging»" ⟦D cog-client⟧
CLIENT_SECRET="«cognito_secret#admin-staging»" ⟦S cog-secret⟧
USERNAME="${1:-demo.admin@carebridge.test}"
PASSWORD="${COGNITO_PASSWORD:-«pw_human#demo-admin»}" ⟦S cog-pw⟧

SECRET_HASH=$(printf '%s' "${USERNAME}${CLIENT_ID}" | openssl dgst -sha256 -hmac "$CLIENT_SECRET" -binary | base64)
aws cognito-idp admin-initiate-auth --user-pool-id "$POOL_ID" --client-id "$CLIENT_ID" \
  --auth-flow ADMIN_USER_PASSWORD_AUTH \
  --auth-parameters "USERNAME=${USERNAME},PASSWORD=${PASSWORD},SECRET_HASH=${SECRET_HASH}" \
  --query 'AuthenticationResult.IdToken' --output text
