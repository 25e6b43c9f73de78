apiVersion: 1

datasources:
  - name: Prometheus
    type: prometheus
    access: proxy
    url: http://wb-mon01.werkbank.local:9090
    isDefault: true

  - name: Maschinendaten (Timescale)
    type: postgres
    url: wb-mes01.werkbank.local:5432
    user: grafana_ro
    jsonData:
      database: werkbank_mes
      sslmode: require
      timescaledb: true
      postgresVersion: 1500
    secureJsonData:
      password: $__env{MES_GRAFANA_RO_PASSWORD}   ⟦D ds-pg-env⟧

  - name: SQL Server (Aufträge)
    type: mssql
    url: wb-sql01.werkbank.local:1433
    user: grafana_ro
    jsonData:
      database: WERKBANK
      encrypt: "true"
      tlsSkipVerify: true
    secureJsonData:
      password: «pwh#mssql-grafana-ro»   ⟦S ds-mssql-pw⟧

  - name: Elasticsearch Logs
    type: elasticsearch
    url: https://wb-elk01.werkbank.local:9200
    jsonData:
      index: "order-service-*"
      timeField: "@timestamp"
      httpHeaderName1: Authorization
    secureJsonData:
      httpHeaderValue1: "ApiKey «elastic_key#grafana-es»"   ⟦S ds-es-apikey⟧
