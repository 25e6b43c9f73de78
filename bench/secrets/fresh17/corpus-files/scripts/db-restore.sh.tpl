#!/usr/bin/env bash
# Restore the latest staging snapshot into a local database for debugging migrations.
# Usage: scripts/db-restore.sh [snapshot-id]
set -euo pipefail

SNAP="${1:-$(aws rds describe-db-cluster-snapshots --db-cluster-identifier carebridge-staging \
  --query 'reverse(sort_by(DBClusterSnapshots,&SnapshotCreateTime))[0].DBClusterSnapshotIdentifier' --output text)}"
echo "restoring $SNAP"

export PGPASSWORD='«pw_random#staging-admin»' ⟦S restore-pgpw⟧
pg_dump -h carebridge-staging.cluster-ro-c9xk2lq0v7ab.us-east-1.rds.amazonaws.com -U cb_admin -d scheduling \
  --no-owner --exclude-table-data=audit_log -Fc -f /tmp/scheduling.dump
unset PGPASSWORD

PGPASSWORD=carebridge pg_restore -h localhost -U carebridge -d carebridge --clean /tmp/scheduling.dump ⟦D restore-localpw⟧
