apiVersion: 1

datasources:
  - name: InfluxDB telemetry
    type: influxdb
    uid: «hex:14#ds-influx» ⟦D gf-uid⟧
    access: proxy
    url: http://influxdb:8086
    jsonData:
      version: Flux
      organization: coldchain
      defaultBucket: telemetry
      tlsSkipVerify: true
    secureJsonData:
      token: «influx#grafana-read» ⟦S gf-token⟧

  - name: TimescaleDB
    type: postgres
    uid: «hex:14#ds-pg»
    url: timescale:5432
    user: grafana_ro
    jsonData:
      database: coldchain
      sslmode: disable
      timescaledb: true
    secureJsonData:
      password: $GRAFANA_PG_PASSWORD ⟦D gf-envpw⟧
