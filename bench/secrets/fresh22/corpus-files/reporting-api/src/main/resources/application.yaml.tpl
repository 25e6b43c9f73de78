ktor:
  deployment:
    port: 8090
    port: $?PORT
  application:
    modules:
      - io.bidstream.reporting.ApplicationKt.module

jwt:
  issuer: "https://auth.bidstream.io"
  audience: "bidstream-dashboard"
  realm: "reporting"
  secret: "$REPORTING_JWT_SECRET:«alnum:48#jwt-fallback»" ⟦S yaml-jwt-default⟧

clickhouse:
  url: "jdbc:clickhouse://clickhouse.bidstream.internal:8123/reports"
  user: "reporting"
  password: "$CLICKHOUSE_PASSWORD:" ⟦D yaml-ch-env⟧
