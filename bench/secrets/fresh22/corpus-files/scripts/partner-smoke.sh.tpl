#!/usr/bin/env bash
# Checks that every SSP reporting API still accepts our credentials (run after rotating).
set -euo pipefail

curl -sf -u "reporting@bidstream.io:${PUBMATIC_PASSWORD}" https://api.pubmatic.com/v1/analytics/ping ⟦D smoke-pubmatic-env⟧
curl -sf -H "Authorization: Bearer «alnum:40#triplelift»" https://api.triplelift.com/buyer/ping ⟦S smoke-triplelift⟧
curl -sf -H "X-Api-Key: $INDEX_API_KEY" https://app.indexexchange.com/api/ping ⟦D smoke-index-env⟧
curl -sf "https://reporting:«pw#ch-reporting-http»@clickhouse.bidstream.internal:8443/?query=SELECT%201" ⟦S smoke-ch-url⟧
