import Config

config :ledger, Ledger.Repo,
  username: "postgres",
  password: "postgres",
  hostname: "localhost",
  database: "ledger_test#{System.get_env("MIX_TEST_PARTITION")}",
  pool: Ecto.Adapters.SQL.Sandbox,
  pool_size: System.schedulers_online() * 2

config :ledger, LedgerWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: 4002],
  secret_key_base: "test_only_secret_key_base_not_used_anywhere_else_0000000000000000", ⟦D test-skb⟧
  server: false

config :ledger, Ledger.Auth.Guardian, secret_key: "guardian-test-secret" ⟦D test-guardian⟧

config :ledger, Ledger.Issuer, base_url: "http://localhost:4010", api_key: "test" ⟦D test-issuer⟧

config :logger, level: :warning
config :phoenix, :plug_init_mode, :runtime
