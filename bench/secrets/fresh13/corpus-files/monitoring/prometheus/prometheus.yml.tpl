global:
  scrape_interval: 30s
  evaluation_interval: 30s
  external_labels:
    monitor: kettlebridge

rule_files:
  - /etc/prometheus/rules/*.yml

alerting:
  alertmanagers:
    - static_configs:
        - targets: ["alertmanager:9093"]

scrape_configs:
  - job_name: node
    scheme: https
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/node_exporter.pass ⟦D prom-password-file⟧
    tls_config:
      insecure_skip_verify: true
    static_configs:
      - targets: ["pve01.kettlebridge.net:9100", "mail01.kettlebridge.net:9100", "backup01.kettlebridge.net:9100"]
      - targets: ["10.20.0.31:9100", "10.20.0.32:9100"]
        labels: { customer: wp }

  # Sonnenschein's shop VM at their old hoster still runs its own node_exporter with their credentials
  - job_name: node-sonnenschein-legacy
    scheme: https
    basic_auth:
      username: kb-monitor
      password: "«pw#sonnenschein-nodeexp»" ⟦S prom-basic-auth⟧
    static_configs:
      - targets: ["legacy.baeckerei-sonnenschein.de:9100"]

  - job_name: homeassistant-mueller
    metrics_path: /api/prometheus
    scheme: https
    authorization:
      credentials_file: /etc/prometheus/ha_mueller.token ⟦D prom-ha-credfile⟧
    static_configs:
      - targets: ["ha.mueller-haustechnik.de"]

  - job_name: blackbox-https
    metrics_path: /probe
    params:
      module: [http_2xx]
    file_sd_configs:
      - files: [/etc/prometheus/targets/blackbox.yml]
    relabel_configs:
      - source_labels: [__address__]
        target_label: __param_target
      - source_labels: [__param_target]
        target_label: instance
      - target_label: __address__
        replacement: blackbox:9115
