import Config

config :ledger,
  ecto_repos: [Ledger.Repo],
  generators: [timestamp_type: :utc_datetime_usec, binary_id: true]

config :ledger, LedgerWeb.Endpoint,
  url: [host: "localhost"],
  adapter: Bandit.PhoenixAdapter,
  render_errors: [formats: [json: LedgerWeb.ErrorJSON], layout: false],
  pubsub_server: Ledger.PubSub,
  live_view: [signing_salt: "«salt8#lv»"] ⟦D cfg-lv-salt⟧

config :ledger, Ledger.Money,
  default_currency: :USD,
  # ACH same-day cut-offs at the sponsor bank (ET)
  ach_cutoffs: ["10:30", "14:45", "16:30"]

config :ledger, Ledger.SponsorBank,
  immediate_origin: " 021000021", ⟦D cfg-routing⟧
  immediate_destination: " 091000019",
  company_id: "1872345601",
  file_id_modifier_start: "A"

config :ledger, Ledger.Auth.Guardian,
  issuer: "ledgerline",
  ttl: {15, :minute},
  allowed_algos: ["ES256"]

config :logger, :console,
  format: "$time $metadata[$level] $message\n",
  metadata: [:request_id, :journal_id, :payout_id]

# scrub card and bank numbers from params in logs
config :phoenix, :filter_parameters, ["password", "secret", "token", "pan", "account_number", "routing_number"] ⟦D cfg-filter⟧

config :phoenix, :json_library, Jason

import_config "#{config_env()}.exs"
