services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: portal
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-portal} ⟦D dc-pg⟧
  redis:
    image: redis:7
  metabase:
    image: metabase/metabase:v0.50.7@«docker_digest#mbimg» ⟦D dc-digest⟧
    env_file: metabase/metabase.env
