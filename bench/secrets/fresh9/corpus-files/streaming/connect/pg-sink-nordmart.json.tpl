{
  "name": "pg-sink-nordmart-forecasts",
  "config": {
    "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",
    "tasks.max": "2",
    "topics": "forecasts.nordmart.v1",
    "connection.url": "jdbc:postgresql://nordmart-replenish.postgres.database.azure.com:5432/replenish?sslmode=require",
    "connection.user": "tidewater_writer",
    "connection.password": "«pwh#nordmart-pg-writer»", ⟦S sink-password⟧
    "insert.mode": "upsert",
    "pk.mode": "record_value",
    "pk.fields": "store_id,sku,forecast_date",
    "auto.create": "false",
    "errors.tolerance": "all",
    "errors.deadletterqueue.topic.name": "dlq.forecasts.nordmart"
  }
}
