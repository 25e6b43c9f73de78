#!/usr/bin/env bash
# Push the product feeds to Google Merchant Center (SFTP) and to the Idealo partner server.
# Runs from cron on mv-app-01 at 05:40, after generate_feed.py. Logs to /var/log/mv/feeds.log.
set -euo pipefail

FEED_DIR=/var/lib/mv/feeds
MERCHANT_ID=«digits:9#merchant» # Merchant Center account id
DATE=$(date +%F)

python3 /opt/mv/feeds/generate_feed.py --out "$FEED_DIR" --locales fr_FR,nl_BE,en_GB

# Google only accepts password auth on partnerupload; the SFTP user is created under Settings > SFTP
lftp -u mc-sftp-«digits:7#mc-user»,'«pwr#google-sftp»' -p 19321 sftp://partnerupload.google.com <<LFTP ⟦S fd-lftp-u⟧
set sftp:auto-confirm yes
put -O / $FEED_DIR/products_fr_FR.xml
put -O / $FEED_DIR/products_nl_BE.xml
put -O / $FEED_DIR/products_en_GB.xml
bye
LFTP

# Idealo (BE/NL price comparison) pulls from their own SFTP, see mirror.lftp
lftp -f /opt/mv/feeds/mirror.lftp

sha256sum "$FEED_DIR"/products_*.xml >> "/var/log/mv/feeds-$DATE.sha256"
echo "$(date -Is) feeds pushed for merchant $MERCHANT_ID"
