import Config

config :ledger, Ledger.Repo,
  username: "postgres",
  password: "postgres", ⟦D dev-db-pw⟧
  hostname: "localhost",
  database: "ledger_dev",
  stacktrace: true,
  show_sensitive_data_on_connection_error: true,
  pool_size: 10

config :ledger, LedgerWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: 4000],
  check_origin: false,
  code_reloader: true,
  debug_errors: true,
  secret_key_base: "«phx_secret#dev»", ⟦S dev-skb⟧
  watchers: []

config :ledger, Ledger.Vault,
  ciphers: [
    default: {Cloak.Ciphers.AES.GCM, tag: "AES.GCM.V1", key: Base.decode64!("«cloak#dev»")} ⟦S dev-cloak⟧
  ]

config :ledger, Ledger.Issuer,
  base_url: "https://sandbox.lithic.com/v1",
  api_key: System.get_env("LITHIC_API_KEY") ⟦D dev-lithic-env⟧

config :logger, :console, format: "[$level] $message\n"
config :phoenix, :stacktrace_depth, 20
config :phoenix, :plug_init_mode, :runtime
