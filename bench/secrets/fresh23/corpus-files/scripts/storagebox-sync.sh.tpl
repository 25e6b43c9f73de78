#!/usr/bin/env bash
# Wöchentlicher Voll-Abgleich der Belegscans auf die Hetzner Storage Box (zusätzlich zu Litestream für die DB).
set -euo pipefail
SBOX_USER=u«digits:6#sbox»
SBOX_HOST=$SBOX_USER.your-storagebox.de
export SSHPASS='«human#sbox_pw2»' ⟦S sbox-sshpass⟧
sshpass -e rsync -az --delete -e 'ssh -p 23' /var/lib/belegwerk/scans/ "$SBOX_USER@$SBOX_HOST:scans/"
echo "scans synced $(date -Iseconds)"
