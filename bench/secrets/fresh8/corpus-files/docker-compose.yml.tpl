# Nur für die lokale Entwicklung. Produktion läuft auf wb-app01/wb-app02 (siehe ansible/).
services:
  sqlserver:
    image: mcr.microsoft.com/mssql/server:2019-CU27-ubuntu-20.04
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "«pwh#sa-dev»"   ⟦S compose-sa⟧
      MSSQL_PID: Developer
    ports:
      - "1433:1433"

  postgres:
    image: postgres:15.6@«docker_digest#pg»   ⟦D compose-digest⟧
    environment:
      POSTGRES_DB: werkbank_mes
      POSTGRES_USER: mes
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?POSTGRES_PASSWORD in .env setzen}   ⟦D compose-pgpw⟧
    ports:
      - "5432:5432"

  kafka:
    image: bitnami/kafka:3.6
    environment:
      KAFKA_CFG_NODE_ID: "0"
      KAFKA_CFG_PROCESS_ROLES: controller,broker
      KAFKA_CFG_LISTENERS: PLAINTEXT://:9092,CONTROLLER://:9093
      KAFKA_CFG_CONTROLLER_QUORUM_VOTERS: 0@kafka:9093
      KAFKA_KRAFT_CLUSTER_ID: «b64url:22#kraft»   ⟦D compose-kraft⟧
    ports:
      - "9092:9092"

  keycloak:
    image: quay.io/keycloak/keycloak:22.0.5
    command: start-dev --import-realm
    environment:
      KEYCLOAK_ADMIN: admin
      KEYCLOAK_ADMIN_PASSWORD: admin   ⟦D compose-kcadmin⟧
    volumes:
      - ./keycloak:/opt/keycloak/data/import
    ports:
      - "8180:8080"
