global:
  scrape_interval: 15s
  evaluation_interval: 30s

rule_files:
  - /etc/prometheus/rules/*.yml

alerting:
  alertmanagers:
    - static_configs:
        - targets: ["alertmanager:9093"]

scrape_configs:
  - job_name: bidder
    kubernetes_sd_configs: [{ role: pod, namespaces: { names: [bidstream] } }]
    relabel_configs:
      - source_labels: [__meta_kubernetes_pod_annotation_prometheus_io_scrape]
        action: keep
        regex: "true"

  - job_name: clickhouse
    static_configs:
      - targets: ["clickhouse.bidstream.internal:9363"]

  - job_name: confluent-cloud
    scrape_interval: 60s
    scheme: https
    metrics_path: /v2/metrics/cloud/export
    params:
      resource.kafka.id: [lkc-9x2k1q]
    basic_auth:
      username: «ccloud_key#metrics» ⟦S prom-ccloud-user⟧
      password: «ccloud_secret#metrics» ⟦S prom-ccloud-pw⟧
    static_configs:
      - targets: [api.telemetry.confluent.cloud]

  - job_name: aerospike
    static_configs:
      - targets: ["aerospike-exporter:9145"]
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/secrets/aerospike-exporter ⟦D prom-pwfile⟧

remote_write:
  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
    basic_auth:
      username: "1184332"
      password: "glc_«b64:60#grafana-cloud»" ⟦S prom-grafana-cloud⟧
