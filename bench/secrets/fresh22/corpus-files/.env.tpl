# local overrides for sbt run (docker compose)
BIDDER_PORT=8080
KAFKA_BOOTSTRAP=pkc-4nym6.eu-west-1.aws.confluent.cloud:9092
KAFKA_SASL_PASSWORD=«ccloud_secret#env» ⟦S env-kafka⟧
AEROSPIKE_PASSWORD=«pw#aerospike-local» ⟦S env-aerospike⟧
CLICKHOUSE_PASSWORD=reporting ⟦D env-ch-local⟧
REPORTING_JWT_SECRET=«hex:64#env-jwt» ⟦S env-jwt⟧
ES_API_KEY= ⟦D env-es-empty⟧
