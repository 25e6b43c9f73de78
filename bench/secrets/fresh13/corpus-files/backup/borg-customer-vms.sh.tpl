#!/usr/bin/env bash
# Borg backup of the Proxmox vzdump archives on pve01 to the storage box. Restic covers files inside the VMs;
# this covers whole VMs for fast restores. Runs from /etc/cron.d/kb-borg on pve01.
set -euo pipefail

export BORG_REPO='ssh://u391244@u391244.your-storagebox.de:23/./borg/pve01' ⟦D borg-repo⟧
export BORG_PASSPHRASE='«phrase#borg-pve01»' ⟦S borg-passphrase⟧
export BORG_RSH='ssh -i /root/.ssh/id_storagebox -o BatchMode=yes'

log() { echo "$(date -Is) $*" | tee -a /var/log/kb-borg.log; }

log "vzdump start"
vzdump --all --mode snapshot --compress zstd --dumpdir /var/lib/vz/dump --quiet 1

log "borg create"
borg create --stats --compression zstd,6 \
  ::'pve01-{now:%Y-%m-%d}' /var/lib/vz/dump

log "borg prune"
borg prune --keep-daily 7 --keep-weekly 4 --keep-monthly 6
borg compact

find /var/lib/vz/dump -name 'vzdump-*' -mtime +1 -delete
log "done"
