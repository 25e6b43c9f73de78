services:
  kafka:
    image: bitnami/kafka:3.6
    ports: ["9092:9092"]
    environment:
      KAFKA_CFG_NODE_ID: 0
      KAFKA_CFG_PROCESS_ROLES: controller,broker
      KAFKA_CFG_LISTENERS: PLAINTEXT://:9092,CONTROLLER://:9093
      KAFKA_CFG_CONTROLLER_QUORUM_VOTERS: 0@kafka:9093
  cassandra:
    image: cassandra:4.1
    ports: ["9042:9042"]
    environment:
      CASSANDRA_CLUSTER_NAME: bidstream-local
  clickhouse:
    image: clickhouse/clickhouse-server:23.12
    ports: ["8123:8123", "9000:9000"]
    environment:
      CLICKHOUSE_USER: reporting
      CLICKHOUSE_PASSWORD: reporting ⟦D compose-ch-local⟧
  aerospike:
    image: aerospike/aerospike-server:7.0
    ports: ["3000:3000"]
  vault:
    image: hashicorp/vault:1.15
    environment:
      VAULT_DEV_ROOT_TOKEN_ID: dev-only-token ⟦D compose-vault-dev⟧
