#!/usr/bin/env bash
# Nightly logical dumps of the shared MariaDB and Postgres on docker01 before restic picks up /srv/dumps.
# MariaDB credentials: /root/.my.cnf inside the container ([mysqldump] user/password), written by the db role.
set -euo pipefail
DEST=/srv/dumps/$(date +%F)
mkdir -p "$DEST"

for db in wp_sonnenschein wp_nordlicht matomo ghost_nordlicht; do
  docker exec db-mariadb-1 mysqldump --defaults-extra-file=/root/.my.cnf --single-transaction --routines "$db" \
    | zstd -q > "$DEST/$db.sql.zst"
done

export PGPASSWORD='«pw#pg-backup»' ⟦S dump-pgpassword⟧
for db in nextcloud gitea mattermost authelia; do
  pg_dump -h 127.0.0.1 -U backup -Fc "$db" > "$DEST/$db.dump"
done

find /srv/dumps -maxdepth 1 -type d -mtime +3 -exec rm -rf {} +
curl -fsS -m 10 --retry 3 https://hc-ping.com/«uuid#hc-dbdump» > /dev/null ⟦D dump-hc-ping⟧
