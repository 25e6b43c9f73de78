default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: portal_development
  username: portal
  password: portal ⟦D db-devpw⟧

test:
  <<: *default
  database: portal_test

production:
  <<: *default
  host: 10.0.1.4
  database: portal_production
  username: portal
  password: «pwh#db-prod» ⟦S db-prod⟧

reporting:
  <<: *default
  host: 10.0.1.4
  database: portal_production
  username: metabase_ro
  password: <%= ENV["REPORTING_DB_PASSWORD"] %> ⟦D db-reporting-env⟧
