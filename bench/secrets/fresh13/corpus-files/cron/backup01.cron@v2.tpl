# /etc/cron.d/kettlebridge on backup01 (installed by the `backup` role)
SHELL=/bin/bash
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
MAILTO=ops@kettlebridge.net

# restic forget/prune of the customer repositories
30 4 * * 0   root  /usr/local/bin/kb-restic-prune && curl -fsS -m 10 --retry 5 https://hc-ping.com/«uuid#hc-prune» >/dev/null ⟦D cron-hc-prune⟧
# offsite copy to object storage
15 5 * * *   root  rclone sync storagebox:restic b2:kb-offsite/restic --fast-list --transfers 8 --log-file /var/log/rclone-offsite.log
# accountant export for Sonnenschein
45 6 * * *   root  /opt/ops/scripts/woo-orders-export.sh
# status page heartbeat
*/5 * * * *  root  . /etc/kettlebridge/kuma.env && curl -fsS -m 5 "$KUMA_PUSH_URL?status=up&msg=OK&ping=" >/dev/null ⟦D cron-kuma-env⟧
