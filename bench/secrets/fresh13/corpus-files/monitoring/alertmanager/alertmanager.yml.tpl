global:
  resolve_timeout: 5m
  smtp_smarthost: mail01.kettlebridge.net:587
  smtp_from: alerts@kettlebridge.net
  smtp_auth_username: alerts@kettlebridge.net
  smtp_auth_password_file: /etc/alertmanager/smtp_password ⟦D am-smtp-file⟧
  slack_api_url: «slack_hook#alerts» ⟦S am-slack⟧

route:
  receiver: mattermost-ops
  group_by: [alertname, customer]
  group_wait: 30s
  group_interval: 5m
  repeat_interval: 4h
  routes:
    - matchers: [severity="critical"]
      receiver: telegram-oncall
      continue: true
    - matchers: [customer="sonnenschein"]
      receiver: sonnenschein-mail

receivers:
  - name: mattermost-ops
    slack_configs:
      - channel: "#ops-alerts"
        send_resolved: true
        title: '{{ template "slack.default.title" . }}' ⟦D am-template⟧
  - name: telegram-oncall
    telegram_configs:
      - bot_token: «telegram#oncall» ⟦S am-telegram⟧
        chat_id: -1002231849021
        parse_mode: HTML
  - name: sonnenschein-mail
    email_configs:
      - to: technik@baeckerei-sonnenschein.de
        send_resolved: true

inhibit_rules:
  - source_matchers: [severity="critical"]
    target_matchers: [severity="warning"]
    equal: [alertname, instance]
