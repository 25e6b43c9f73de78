# internal Metabase (ops + sales), docker run --env-file bi/metabase/metabase.env metabase/metabase:v0.48.6
MB_DB_TYPE=postgres
MB_DB_DBNAME=metabase
MB_DB_PORT=5432
MB_DB_USER=metabase
MB_DB_PASS=«pwh#metabase-appdb» ⟦S mb-db-pass⟧
MB_DB_HOST=10.20.0.4
MB_SITE_URL=https://bi.tidewater.internal
MB_ENCRYPTION_SECRET_KEY=«b64bytes:32#mb-encryption» ⟦S mb-encryption-key⟧
MB_PASSWORD_COMPLEXITY=strong ⟦D mb-password-complexity⟧
MB_PASSWORD_LENGTH=12
MB_JETTY_PORT=3000
