#!/usr/bin/env bash
# Nightly Postgres backup to S3 (runs on db-prod from cron). Credentials: instance profile.
set -euo pipefail
export AWS_DEFAULT_REGION=eu-west-2
stamp=$(date +%F)
HONEYCOMB_KEY="$(vault kv get -field=ingest_key secret/carelane/honeycomb)"   ⟦D d-backup-vault-cli⟧
pg_dump -Fc carelane | aws s3 cp - "s3://carelane-backups/pg/${stamp}.dump"
curl -fsS -X POST https://api.honeycomb.io/1/markers/backups -H "X-Honeycomb-Team: ${HONEYCOMB_KEY}" -d '{"message":"backup done"}'   ⟦D d-backup-header-ref⟧
