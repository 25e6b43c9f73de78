#!/usr/bin/env bash
# Nightly CSV of yesterday's orders for the bakery's accountant (Sonnenschein asked for it, ticket #212).
# Runs on backup01 from cron, mails the file through mail01.
set -euo pipefail

SHOP=https://shop.baeckerei-sonnenschein.de
DAY=$(date -d yesterday +%F)
OUT=/srv/exports/sonnenschein/orders-$DAY.csv

# read-only REST key "export (kettlebridge)" created in WooCommerce > Settings > Advanced > REST API
curl -fsS -u «woo_ck#export»:«woo_cs#export» \ ⟦S woo-rest-keys⟧
  "$SHOP/wp-json/wc/v3/orders?after=${DAY}T00:00:00&before=${DAY}T23:59:59&per_page=100" \
  | jq -r '.[] | [.id, .date_created, .total, .billing.last_name, .payment_method_title] | @csv' > "$OUT"

mail -s "Bestellungen $DAY" -a "$OUT" buchhaltung@baeckerei-sonnenschein.de < /dev/null
