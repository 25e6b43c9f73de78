services:
  timescale:
    image: timescale/timescaledb:2.14.2-pg16
    environment:
      POSTGRES_USER: coldchain
      POSTGRES_PASSWORD: «human#timescale-dev» ⟦S dc-pg⟧
      POSTGRES_DB: coldchain
    ports: ["5432:5432"]
    volumes: ["pg:/var/lib/postgresql/data"]

  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: «weak#influx-admin» ⟦S dc-influxpw⟧
      DOCKER_INFLUXDB_INIT_ORG: coldchain
      DOCKER_INFLUXDB_INIT_BUCKET: telemetry
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: «influx#influx-dev» ⟦S dc-influxtok⟧
    ports: ["8086:8086"]

  api:
    build: ./backend
    env_file: backend/.env
    environment:
      CS_DATABASE_URL: postgresql+asyncpg://coldchain:${POSTGRES_PASSWORD}@timescale:5432/coldchain ⟦D dc-interp⟧
    depends_on: [timescale, influxdb]
    ports: ["8000:8000"]

  grafana:
    image: grafana/grafana:10.4.1
    volumes:
      - ./grafana/provisioning:/etc/grafana/provisioning
      - ./grafana/dashboards:/var/lib/grafana/dashboards
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin ⟦D dc-gf-file⟧
    ports: ["3000:3000"]

volumes:
  pg: {}
