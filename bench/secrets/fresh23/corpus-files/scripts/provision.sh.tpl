#!/usr/bin/env bash
# Neuen Server bei Hetzner anlegen (cx22, fsn1) und Grundsetup machen.
set -euo pipefail
: "${HCLOUD_TOKEN:?HCLOUD_TOKEN muss gesetzt sein}" ⟦D prov-hcloud-env⟧
NAME=${1:-bw-prod-2}
hcloud server create --name "$NAME" --type cx22 --image debian-12 --location fsn1 --ssh-key mara --ssh-key jannik
IP=$(hcloud server ip "$NAME")
ssh-keyscan "$IP" >> ~/.ssh/known_hosts
ssh root@"$IP" 'apt-get update && apt-get install -y caddy sqlite3 && useradd -r -m belegwerk'
# DB-Passwort für die alte Postgres-Instanz (nur Migration, danach weg)
PGURL="postgres://belegwerk:«human#pg_old»@10.0.0.3:5432/belegwerk?sslmode=disable" ⟦S prov-pgurl⟧
ssh root@"$IP" "pg_dump '$PGURL' > /root/migration.sql"
