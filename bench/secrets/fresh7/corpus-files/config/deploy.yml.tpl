service: hafenlog-portal
image: hafenlog/portal

servers:
  web:
    - 49.12.103.17
  job:
    hosts:
      - 49.12.103.18
    cmd: bundle exec sidekiq

proxy:
  ssl: true
  host: portal.hafenlog.de

registry:
  server: ghcr.io
  username: hafenlog-bot
  password:
    - KAMAL_REGISTRY_PASSWORD ⟦D kamaldeploy-pw⟧

env:
  clear:
    REDIS_URL: redis://10.0.1.5:6379/1
    MAILGUN_DOMAIN: mg.hafenlog.de
  secret:
    - RAILS_MASTER_KEY ⟦D kamaldeploy-secret⟧
    - DATABASE_PASSWORD

accessories:
  metabase:
    image: metabase/metabase:v0.50.7
    host: 49.12.103.19
    env:
      clear:
        MB_DB_TYPE: postgres
        MB_DB_USER: metabase
      secret:
        - METABASE_DB_PASSWORD
