# crontab for user etl on vps1.openharbor.org (installed with: crontab ops/crontab)
MAILTO=digital@openharbor.org
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin

# donor sync, nightly
15 2 * * * cd /opt/openharbor/etl && set -a && . /etc/openharbor/etl.env && set +a && ./venv/bin/python sync_donors.py >> /var/log/oh-etl/sync.log 2>&1
# volunteer hours, hourly during the day
5 8-20 * * * cd /opt/openharbor/etl && set -a && . /etc/openharbor/etl.env && set +a && ./venv/bin/python airtable_volunteers.py >> /var/log/oh-etl/airtable.log 2>&1
# CiviCRM scheduled jobs
*/15 * * * * curl -fsS "https://openharbor.org/civicrm/cron?key=«civi_key#site»&name=cron-bot&pass=«pwh#civi-cron»" >/dev/null ⟦S cron-civi⟧
# warehouse backup
30 3 * * * /opt/openharbor/ops/backup.sh
# healthcheck ping
*/5 * * * * curl -fsS -m 10 https://hc-ping.com/«uuid#hc-ping» >/dev/null ⟦D cron-hc⟧
