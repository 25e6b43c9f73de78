MAILTO=ops@carelane.health
SHELL=/bin/bash
# m h dom mon dow user command
15 2 * * * carelane /opt/carelane/bin/backup.sh >> /var/log/carelane/backup.log 2>&1
*/10 * * * * carelane OVH_APPLICATION_KEY=«alnum:16#ovh-ak» OVH_APPLICATION_SECRET=«alnum:32#ovh-as» OVH_CONSUMER_KEY=«alnum:32#ovh-ck» /opt/carelane/bin/dns-sync   ⟦S s-cron-ovh⟧
0 6 * * 1 carelane /opt/carelane/bin/weekly-report --token-file /etc/carelane/report.token   ⟦D d-cron-tokenfile⟧
