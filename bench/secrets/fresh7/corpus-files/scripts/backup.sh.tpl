#!/bin/sh
# nightly pg_dump to S3 (eu-central-1), run by cron on db-1
set -eu
export AWS_ACCESS_KEY_ID=«akia#old-backup» ⟦S oldbackup-akia⟧
export AWS_SECRET_ACCESS_KEY=«awssecret#old-backup» ⟦S oldbackup-secret⟧
STAMP=$(date +%Y%m%d)
pg_dump -Fc portal_production | gzip > /tmp/portal-$STAMP.dump.gz
aws s3 cp /tmp/portal-$STAMP.dump.gz s3://hafenlog-backups/db/
