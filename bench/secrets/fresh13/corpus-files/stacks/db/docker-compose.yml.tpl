# shared databases of the k3s-less stacks on docker01
services:
  postgres:
    image: postgres:16.4-bookworm
    restart: unless-stopped
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env} ⟦D db-pg-env⟧
    volumes:
      - ./pg:/var/lib/postgresql/data
      - ./initdb:/docker-entrypoint-initdb.d:ro
    networks: [db]
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 10s

  mariadb:
    image: mariadb:11.4@«digest#mariadb» ⟦D db-maria-digest⟧
    restart: unless-stopped
    environment:
      MARIADB_ROOT_PASSWORD: «pw#mariadb-root» ⟦S db-maria-root⟧
      MARIADB_AUTO_UPGRADE: "1"
    volumes:
      - ./mariadb:/var/lib/mysql
    networks: [db]

  redis:
    image: redis:7.4-alpine
    restart: unless-stopped
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "«alnum:32#redis»"] ⟦S db-redis-pass⟧
    volumes:
      - ./redis:/data
    networks: [db]

networks:
  db:
    external: true
