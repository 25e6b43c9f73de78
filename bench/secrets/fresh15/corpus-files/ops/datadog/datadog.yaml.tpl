## Datadog agent config baked into the batch-01 host image
api_key: «dd_api#agent» ⟦S dd-agent-key⟧
site: datadoghq.com
hostname: batch-01.ledgerline.internal
tags:
  - env:prod
  - team:payments
logs_enabled: true
apm_config:
  enabled: true
  env: prod
process_config:
  process_collection:
    enabled: false
