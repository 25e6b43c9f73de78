# crontab of user `mv` on mv-app-01 (installed with: crontab cron/crontab)
MAILTO=tech@maisonverte.fr
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin

# m   h  dom mon dow  command
*/10  *  *   *   *    cd /opt/mv && python3 -m erp.odoo_sync --since 15m >> /var/log/mv/odoo.log 2>&1
5     *  *   *   *    cd /opt/mv && python3 -m erp.odoo_sync --stock >> /var/log/mv/odoo.log 2>&1
40    5  *   *   *    /opt/mv/feeds/push_google_merchant.sh >> /var/log/mv/feeds.log 2>&1
15    2  *   *   *    /opt/mv/cron/nightly_export.sh
0     3  *   *   1    cd /var/www/magento && php bin/magento indexer:reindex > /dev/null
*/5   *  *   *   *    cd /var/www/magento && php bin/magento cron:run 2>&1 | grep -v "Ran jobs by schedule" >> /var/log/mv/magento.cron.log

# reindex Algolia from the back-office, then ping the uptime monitor
30    4  *   *   *    cd /opt/backoffice && php artisan scout:import "App\Models\Product" && curl -fsS -m 10 https://hc-ping.com/«uuid#hc-ping» > /dev/null ⟦D cr-hcping⟧

# Klaviyo catalog sync (the back-office endpoint is protected by basic auth)
0     6  *   *   *    curl -fsS -u 'cron:«pwr#bo-cron»' https://bo.maisonverte.fr/internal/klaviyo-catalog-sync > /dev/null ⟦S cr-curl-u⟧
