apiVersion: 1
datasources:
  - name: Prometheus
    type: prometheus
    url: http://prometheus:9090
    isDefault: true
  - name: Matomo DB
    type: mysql
    url: mariadb:3306
    user: grafana_ro
    jsonData:
      database: matomo
    secureJsonData:
      password: $MATOMO_RO_PASSWORD ⟦D grafana-ds-env⟧
  - name: Loki (customers)
    type: loki
    url: https://logs-prod-eu-west-0.grafana.net
    basicAuth: true
    basicAuthUser: "«digits:6#grafana-cloud-user»" ⟦D grafana-ds-user⟧
    secureJsonData:
      basicAuthPassword: «glc#loki-read» ⟦S grafana-ds-glc⟧
