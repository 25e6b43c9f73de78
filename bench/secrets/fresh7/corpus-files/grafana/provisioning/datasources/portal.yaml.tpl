apiVersion: 1
datasources:
  - name: Portal Postgres
    type: postgres
    url: 10.0.1.4:5432
    user: grafana_ro
    jsonData:
      database: portal_production
      sslmode: disable
    secureJsonData:
      password: «pwr#grafana-pg» ⟦S graf-pg⟧
  - name: Loki
    type: loki
    url: https://logs.hafenlog.de
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: $LOKI_PASSWORD ⟦D graf-loki-env⟧
