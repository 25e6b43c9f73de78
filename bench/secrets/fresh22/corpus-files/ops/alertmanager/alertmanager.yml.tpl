global:
  resolve_timeout: 5m
  slack_api_url: "«slack#alerts»" ⟦S am-slack⟧

route:
  receiver: slack-bidding
  group_by: [alertname, service]
  routes:
    - matchers: [severity="page"]
      receiver: pagerduty-oncall

receivers:
  - name: slack-bidding
    slack_configs:
      - channel: "#bidding-alerts"
        title: "{{ .CommonLabels.alertname }} ({{ .Status }})"
        text: "{{ range .Alerts }}{{ .Annotations.summary }}\n{{ end }}"
  - name: pagerduty-oncall
    pagerduty_configs:
      - routing_key: «pd#oncall» ⟦S am-pd⟧
        description: "{{ .CommonAnnotations.summary }}"
  - name: null
