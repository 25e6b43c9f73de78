default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
  host: <%= ENV.fetch("DB_HOST", "localhost") %>

development:
  <<: *default
  database: classnote_development
  username: classnote
  password: classnote ⟦D db-devpw⟧

test:
  <<: *default
  database: classnote_test
  username: classnote
  password: classnote

# staging runs on the small RDS instance shared with the grader; Heroku review apps point here too
staging:
  <<: *default
  host: classnote-staging.c9x2hq4tzv1m.us-east-1.rds.amazonaws.com
  database: classnote_staging
  username: classnote_app
  password: «pwh#db-staging» ⟦S db-stagingpw⟧

production:
  primary:
    <<: *default
    url: <%= ENV["DATABASE_URL"] %> ⟦D db-produrl⟧
    prepared_statements: false
  # read-only reports replica (Metabase uses the same user)
  analytics:
    <<: *default
    url: postgres://analytics_ro:«pwr#analytics-ro»@classnote-analytics.c9x2hq4tzv1m.us-east-1.rds.amazonaws.com:5432/classnote_production ⟦S db-analytics⟧
    database_tasks: false
    replica: true
