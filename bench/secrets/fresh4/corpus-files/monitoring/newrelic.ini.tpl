[newrelic]
license_key = %(NEW_RELIC_LICENSE_KEY)s   ⟦D d-nr-ini-interp⟧
app_name = Carelane API
monitor_mode = true
log_level = info

[newrelic:staging]
app_name = Carelane API (staging)
license_key = «nrlicense#staging»   ⟦S s-nr-ini-license⟧
