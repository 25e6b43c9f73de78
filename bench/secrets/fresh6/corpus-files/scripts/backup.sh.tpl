#!/usr/bin/env bash
# nightly DB backup to R2 (runs on my Hetzner box via cron)
set -euo pipefail

export PGPASSWORD='«pwh#backup-db»'   ⟦S s-bk-pgpass⟧
STAMP=$(date +%Y%m%d)
pg_dump -h db.«sb_ref#prod».supabase.co -U postgres -d postgres -Fc -f "/tmp/quillmate-$STAMP.dump"   ⟦D d-bk-host⟧

export AWS_ACCESS_KEY_ID=«r2_id#backup»   ⟦S s-bk-r2id⟧
export AWS_SECRET_ACCESS_KEY=«r2_secret#backup»   ⟦S s-bk-r2secret⟧
aws s3 cp "/tmp/quillmate-$STAMP.dump" "s3://quillmate-backups/" --endpoint-url "https://«cf_account#main».r2.cloudflarestorage.com"   ⟦D d-bk-endpoint⟧
rm "/tmp/quillmate-$STAMP.dump"
