#!/usr/bin/env bash
# Nightly dump of the warehouse and the Drupal/CiviCRM databases to Backblaze B2 (S3 API), 30 days retention.
set -euo pipefail

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=/var/backups/oh/$STAMP
mkdir -p "$OUT"

PGPASSWORD='«pwu#warehouse-v2»' pg_dump -h warehouse.internal.openharbor.org -U etl -Fc donors > "$OUT/donors.dump" ⟦S backup-pg⟧
mysqldump -h db1.internal.openharbor.org -u backup -p'«pwh#mysql-backup»' --single-transaction --databases openharbor_d10 openharbor_civi | gzip > "$OUT/mysql.sql.gz" ⟦S backup-mysql⟧

export AWS_ACCESS_KEY_ID=«hex:25#b2-id» ⟦S backup-b2-id⟧
export AWS_SECRET_ACCESS_KEY=K005«b64url:27#b2-key» ⟦S backup-b2-key⟧
aws --endpoint-url https://s3.us-west-004.backblazeb2.com s3 cp --recursive "$OUT" "s3://oh-backups/$STAMP/"

sha256sum "$OUT"/* > "$OUT/SHA256SUMS"
find /var/backups/oh -maxdepth 1 -mtime +30 -exec rm -rf {} +
