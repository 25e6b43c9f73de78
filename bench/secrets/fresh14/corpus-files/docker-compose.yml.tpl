# Local back end for client and module development. Nothing here is used in staging or production.
services:
  postgres:
    image: postgres:15.6-alpine@«docker_digest#pg» ⟦D dc-digest⟧
    environment:
      POSTGRES_DB: nakama
      POSTGRES_USER: nakama
      POSTGRES_PASSWORD: localdev ⟦D dc-pg-localdev⟧
    ports:
      - "127.0.0.1:5432:5432"
    volumes:
      - pgdata:/var/lib/postgresql/data

  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "${REDIS_PASSWORD:-localdev}"] ⟦D dc-redis-env⟧
    ports:
      - "127.0.0.1:6379:6379"

  nakama:
    image: heroiclabs/nakama:3.21.1
    entrypoint:
      - "/bin/sh"
      - "-ecx"
      - >
        /nakama/nakama migrate up --database.address nakama:localdev@postgres:5432/nakama && ⟦D dc-migrate⟧
        exec /nakama/nakama --config /nakama/data/local.dev.yml --database.address nakama:localdev@postgres:5432/nakama ⟦D dc-exec⟧
    depends_on:
      - postgres
      - redis
    volumes:
      - ./server/modules/build:/nakama/data/modules/build
    ports:
      - "127.0.0.1:7349:7349"
      - "127.0.0.1:7350:7350"
      - "127.0.0.1:7351:7351"

volumes:
  pgdata:
