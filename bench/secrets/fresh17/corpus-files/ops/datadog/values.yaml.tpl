# helm upgrade --install datadog datadog/datadog -n datadog -f ops/datadog/values.yaml
datadog:
  site: datadoghq.com
  apiKeyExistingSecret: datadog-secret ⟦D dd-existing⟧
  appKey: «dd_app#helm» ⟦S dd-helm-appkey⟧
  clusterName: carebridge-prod
  logs:
    enabled: true
    containerCollectAll: true
  apm:
    portEnabled: true
  # scrub PHI-looking values before they leave the node
  env:
    - name: DD_LOGS_CONFIG_PROCESSING_RULES
      value: '[{"type":"mask_sequences","name":"mask_ssn","replace_placeholder":"[SSN]","pattern":"\\d{3}-\\d{2}-\\d{4}"}]'
clusterAgent:
  enabled: true
  token: «alnum:32#dd-cluster-agent» ⟦S dd-clusteragent-token⟧
