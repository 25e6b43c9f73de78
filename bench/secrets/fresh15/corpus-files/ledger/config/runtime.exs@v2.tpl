import Config

if System.get_env("PHX_SERVER") do
  config :ledger, LedgerWeb.Endpoint, server: true
end

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise """
      environment variable DATABASE_URL is missing.
      For example: ecto://USER:PASS@HOST/DATABASE ⟦D rt-example-url⟧
      """

  maybe_ipv6 = if System.get_env("ECTO_IPV6") in ~w(true 1), do: [:inet6], else: []

  config :ledger, Ledger.Repo,
    url: database_url,
    ssl: [cacertfile: "/etc/ssl/rds-combined-ca-bundle.pem", server_name_indication: :disable],
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "20"),
    socket_options: maybe_ipv6

  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      raise "environment variable SECRET_KEY_BASE is missing. You can generate one by calling: mix phx.gen.secret"

  host = System.get_env("PHX_HOST") || "api.ledgerline.io"

  config :ledger, LedgerWeb.Endpoint,
    url: [host: host, port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: String.to_integer(System.get_env("PORT") || "4000")],
    secret_key_base: secret_key_base ⟦D rt-skb-var⟧

  config :ledger, Ledger.Auth.Guardian, secret_key: System.fetch_env!("GUARDIAN_SECRET_KEY") ⟦D rt-guardian-env⟧

  config :ledger, Ledger.Vault,
    ciphers: [
      default: {Cloak.Ciphers.AES.GCM, tag: "AES.GCM.V2", key: Base.decode64!(System.fetch_env!("CLOAK_KEY"))},
      retired: {Cloak.Ciphers.AES.GCM, tag: "AES.GCM.V1", key: Base.decode64!("«cloak#prod-v1»")} ⟦S rt-cloak-retired⟧
    ]

  config :ledger, Ledger.Issuer,
    base_url: "https://api.lithic.com/v1",
    api_key: System.fetch_env!("LITHIC_API_KEY"),
    webhook_secret: System.fetch_env!("LITHIC_WEBHOOK_SECRET")

  config :ledger, Ledger.Treasury,
    stripe_api_key: System.fetch_env!("STRIPE_SECRET_KEY"),
    financial_account: "fa_1PqR8sLd9kZ2mXyA4bC7dE0f", ⟦D rt-fa-id⟧
    modern_treasury_org: "2f6c1a8e-3b4d-4e9f-a1c2-7d8e9f0a1b2c" ⟦D rt-mt-org⟧

  config :ledger, Ledger.SponsorBank.Sftp,
    host: "sftp.firstcontinental-bank.com",
    port: 22,
    user: "ledgerline_ach",
    key_path: "/run/secrets/sponsor_sftp_ed25519",
    pgp_recipient: "0x7A3F19C2D84B6E05" ⟦D rt-pgp-keyid⟧

  config :ledger, Ledger.Kafka,
    brokers: [{"pkc-4r297.us-east-1.aws.confluent.cloud", 9092}],
    sasl: {:plain, System.fetch_env!("KAFKA_API_KEY"), System.fetch_env!("KAFKA_API_SECRET")} ⟦D rt-kafka-env⟧
end
