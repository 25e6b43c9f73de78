## Datadog Agent config (db-prod)
api_key: «hex:32#dd-agent»   ⟦S s-dd-agent⟧
site: datadoghq.eu
hostname: db-prod-1
tags:
  - env:prod
  - service:carelane
logs_enabled: true
