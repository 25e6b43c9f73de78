#!/bin/bash
# Nightly backup: database dump + uploads, copied off-site to the Hetzner storage box.
# Replaces the mysqldump line in crontab/ordertrail.cron (credentials now in ~/.my.cnf).
set -euo pipefail

DAY=$(date +%a)
DUMP=/backup/ordertrail_$DAY.sql.gz
mysqldump --defaults-extra-file=/home/ordertrail/.my.cnf ordertrail | gzip > "$DUMP" ⟦D backup-defaults-file⟧
tar czf /backup/uploads_$DAY.tar.gz -C /var/www/ordertrail/public uploads

# storage box only speaks password auth for sftp on port 23 (sub-account u184220-sub3)
export SSHPASS='«rpw#storagebox»' ⟦S backup-sshpass⟧
sshpass -e sftp -oBatchMode=no -P 23 u184220-sub3@u184220.your-storagebox.de <<EOT
cd ordertrail
put $DUMP
put /backup/uploads_$DAY.tar.gz
bye
EOT

# customer drop for Hansa Frischdienst now goes by key (see ops/keys/)
scp -i /home/ordertrail/.ssh/customer_drop_rsa /srv/ordertrail/export/K10877/*.csv ot@sftp.hansa-frisch.de:/in/ ⟦D backup-scp-keyfile⟧
