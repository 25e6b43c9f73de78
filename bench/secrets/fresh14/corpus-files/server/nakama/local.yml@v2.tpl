# Nakama server config for staging/prod (mounted at /nakama/data/local.yml).
# Docs: https://heroiclabs.com/docs/nakama/getting-started/configuration/
name: skyraid-nakama-1
data_dir: "./data/"

logger:
  stdout: true
  level: "info"
  format: "json"

database:
  address:
    - "nakama:«pwh#nakama-db»@10.20.0.5:5432/nakama" ⟦S nk-db⟧
  conn_max_lifetime_ms: 3600000
  max_open_conns: 80
  max_idle_conns: 40

socket:
  # sent by the client (see client/Assets/Scripts/Net/NetConfig.cs), not an admin key
  server_key: "skyraid-client" ⟦D nk-serverkey⟧
  port: 7350
  max_message_size_bytes: 4096
  ping_period_ms: 15000
  pong_wait_ms: 25000

session:
  encryption_key: "«nakama_key#session-enc»" ⟦S nk-session-enc⟧
  refresh_encryption_key: "«nakama_key#refresh-enc»" ⟦S nk-refresh-enc⟧
  token_expiry_sec: 7200
  refresh_token_expiry_sec: 2592000

runtime:
  path: "/nakama/data/modules"
  http_key: "«nakama_key#http»" ⟦S nk-http⟧
  js_entrypoint: "build/index.js"
  env:
    - "PLAYFAB_TITLE_ID=«playfab_title#prod»" ⟦D nk-pf-title⟧
    - "PLAYFAB_SECRET_KEY=«playfab_secret#prod»" ⟦S nk-pf-secret⟧
    - "REDIS_URL=redis://:«pwr#redis-prod»@10.20.0.9:6379/2" ⟦S nk-redis⟧
    - "LEADERBOARD_RESET_CRON=0 0 * * 1"

console:
  port: 7351
  username: "admin"
  password: "«pwr#nakama-console»" ⟦S nk-console⟧
  signing_key: "«nakama_key#console-sign»" ⟦S nk-console-sign⟧

matchmaker:
  max_tickets: 3
  interval_sec: 2
  max_intervals: 15
