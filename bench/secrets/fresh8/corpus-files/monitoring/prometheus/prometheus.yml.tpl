global:
  scrape_interval: 30s
  evaluation_interval: 30s

rule_files:
  - /etc/prometheus/rules/*.yml

scrape_configs:
  - job_name: order-service
    metrics_path: /order/actuator/prometheus
    scheme: https
    tls_config:
      insecure_skip_verify: true
    basic_auth:
      username: actuator
      password: «pwr#actuator»   ⟦S prom-actuator⟧
    static_configs:
      - targets: ['wb-app01.werkbank.local:8080', 'wb-app02.werkbank.local:8080']

  - job_name: node
    static_configs:
      - targets: ['wb-app01:9100', 'wb-app02:9100', 'wb-sql01:9182', 'wb-kafka01:9100', 'wb-mqtt01:9100']

  - job_name: rabbitmq
    scheme: https
    basic_auth:
      username: monitoring
      password_file: /etc/prometheus/secrets/rabbitmq_monitoring   ⟦D prom-pwfile⟧
    static_configs:
      - targets: ['wb-mq01.werkbank.local:15692']

  - job_name: kafka
    static_configs:
      - targets: ['wb-kafka01:7071', 'wb-kafka02:7071', 'wb-kafka03:7071']
