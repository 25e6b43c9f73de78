# Local dependencies for the API and the Functions. `docker compose up -d`
services:
  sql:
    image: mcr.microsoft.com/mssql/server:2022-CU12-ubuntu-22.04
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "«pwh#local-sa»"  ⟦S compose-sa-password⟧
      MSSQL_PID: Developer
    ports:
      - "1433:1433"
    volumes:
      - sqldata:/var/opt/mssql
    healthcheck:
      test: ["CMD-SHELL", "/opt/mssql-tools18/bin/sqlcmd -S localhost -U sa -P \"$${MSSQL_SA_PASSWORD}\" -C -Q 'SELECT 1' || exit 1"]  ⟦D compose-healthcheck-var⟧
      interval: 10s
      retries: 10

  azurite:
    image: mcr.microsoft.com/azure-storage/azurite@«docker_digest#azurite»  ⟦D compose-digest⟧
    command: azurite --blobHost 0.0.0.0 --queueHost 0.0.0.0 --tableHost 0.0.0.0 --loose
    ports:
      - "10000:10000"
      - "10001:10001"
      - "10002:10002"

  seq:
    image: datalust/seq:2024.2
    environment:
      ACCEPT_EULA: "Y"
      SEQ_FIRSTRUN_ADMINPASSWORDHASH: "«b64bytes:49#seq-admin-hash»"  ⟦D compose-seq-hash⟧
    ports:
      - "5341:80"

volumes:
  sqldata:
