#!/bin/sh
# Synology NAS01 -> NAS02 (Außenstelle), läuft als Aufgabe im DSM
SRC=/volume1/veeam
DST=backup@nas02.kessler.local:/volume1/offsite
export RSYNC_PASSWORD='«adm:Offsite#rsync»' ⟦S nas-rsync⟧
rsync -az --delete --bwlimit=20000 "$SRC/" "rsync://$DST"
# Fallback: smbclient //nas02/offsite -U backup%${NAS02_PW} ⟦D nas-env⟧
logger -t nas-sync "fertig: $?"
