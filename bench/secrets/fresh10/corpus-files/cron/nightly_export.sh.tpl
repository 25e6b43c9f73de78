#!/usr/bin/env bash
# Nightly dumps of the Magento and blog databases, then upload to OVH Object Storage (7 days kept).
set -euo pipefail

STAMP=$(date +%Y%m%d)
OUT=/var/backups/mv
mkdir -p "$OUT"

mysqldump -h 10.0.0.12 -u mv_backup -p'«pwh#mysql-backup»' --single-transaction --routines --databases mv_magento_prod mv_blog | gzip > "$OUT/mysql-$STAMP.sql.gz" ⟦S ne-mysqldump⟧

PGPASSWORD='«pwr#strapi-backup»' pg_dump -h 10.0.0.21 -U strapi_backup strapi | gzip > "$OUT/strapi-$STAMP.sql.gz" ⟦S ne-pgpass⟧

sha256sum "$OUT"/*-"$STAMP".sql.gz > "$OUT/SHA256SUMS-$STAMP"
rclone copy "$OUT" ovh-backups:mv-db-backups/"$STAMP" --config /opt/mv/cron/rclone.conf
find "$OUT" -type f -mtime +7 -delete
