# crontab for user ordertrail on app1 (install with: crontab crontab/ordertrail.cron)
MAILTO=technik@ordertrail.de
PATH=/usr/local/bin:/usr/bin:/bin

# m  h  dom mon dow  command
15   1  *   *   *    /var/www/ordertrail/cgi-bin/export_orders.pl >> /var/log/ordertrail/export.log 2>&1
30   2  *   *   *    /var/www/ordertrail/ops/backup.sh >> /var/log/ordertrail/backup.log 2>&1
0    3  *   *   *    /var/www/ordertrail/scripts/ftp_drop.sh >> /var/log/ordertrail/ftp_drop.log 2>&1
*/10 *  *   *   *    php /var/www/ordertrail/index.php cron edi_import > /dev/null
0    4  *   *   *    MAILCHIMP_API_KEY=$(cat /etc/ordertrail/mailchimp.key) /var/www/ordertrail/cgi-bin/newsletter_sync.pl ⟦D cron-mc-env⟧
0    6  *   *   1    php /var/www/ordertrail/index.php cron weekly_stats
