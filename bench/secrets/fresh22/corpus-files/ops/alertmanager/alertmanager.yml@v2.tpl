global:
  resolve_timeout: 5m
  slack_api_url_file: /etc/alertmanager/secrets/slack-url ⟦D am-slack-file⟧

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
      - routing_key_file: /etc/alertmanager/secrets/pd-routing-key ⟦D am-pd-file⟧
        description: "{{ .CommonAnnotations.summary }}"
  - name: null
