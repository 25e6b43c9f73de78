#!/usr/bin/env bash
# Nightly Postgres backup to S3 (runs on db-prod from cron).
set -euo pipefail
export AWS_ACCESS_KEY_ID=«akia#backup»   ⟦S s-backup-akia-v1⟧
export AWS_SECRET_ACCESS_KEY=«awssecret#backup»   ⟦S s-backup-secret-v1⟧
export AWS_DEFAULT_REGION=eu-west-2
stamp=$(date +%F)
pg_dump -Fc carelane | aws s3 cp - "s3://carelane-backups/pg/${stamp}.dump"
curl -fsS -X POST https://api.honeycomb.io/1/markers/backups -H "X-Honeycomb-Team: «honeycomb#backup»" -d '{"message":"backup done"}'   ⟦S s-backup-honeycomb⟧
