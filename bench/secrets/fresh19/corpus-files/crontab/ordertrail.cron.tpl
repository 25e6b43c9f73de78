# crontab for user ordertrail on app1 (install with: crontab crontab/ordertrail.cron)
MAILTO=technik@ordertrail.de
PATH=/usr/local/bin:/usr/bin:/bin

# m  h  dom mon dow  command
15   1  *   *   *    /var/www/ordertrail/cgi-bin/export_orders.pl >> /var/log/ordertrail/export.log 2>&1
30   2  *   *   *    mysqldump -u ot_backup -p'«hpw#otbackup»' --single-transaction ordertrail | gzip > /backup/ordertrail_$(date +\%a).sql.gz ⟦S cron-mysqldump⟧
0    3  *   *   *    /var/www/ordertrail/scripts/ftp_drop.sh >> /var/log/ordertrail/ftp_drop.log 2>&1
*/10 *  *   *   *    php /var/www/ordertrail/index.php cron edi_import > /dev/null
0    6  *   *   1    php /var/www/ordertrail/index.php cron weekly_stats
