#!/bin/sh
# nightly pg_dump to Backblaze B2 (S3-compatible endpoint), run by cron on db-1
set -eu
export AWS_ACCESS_KEY_ID=«b2_id#backup» ⟦S backup-b2id⟧
export AWS_SECRET_ACCESS_KEY=«b2_key#backup» ⟦S backup-b2key⟧
ENDPOINT=https://s3.eu-central-003.backblazeb2.com
STAMP=$(date +%Y%m%d)
pg_dump -Fc portal_production | gzip > /tmp/portal-$STAMP.dump.gz
aws s3 cp --endpoint-url "$ENDPOINT" /tmp/portal-$STAMP.dump.gz s3://hafenlog-backups/db/
sha256sum /tmp/portal-$STAMP.dump.gz # e.g. «sha256#backup-example» ⟦D backup-sum⟧
