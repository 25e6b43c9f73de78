# In this file, we load production configuration and secrets
# from environment variables. You can also hardcode secrets,
# although such is generally not recommended and you have to
# remember to add this file to your .gitignore.
import Config

database_url = "ecto://ledger_app:«pwr#prod-db»@ledger-prod.cluster-c8x2kq1vzr7d.us-east-1.rds.amazonaws.com:5432/ledger" ⟦S psec-dburl⟧

config :ledger, Ledger.Repo,
  ssl: true,
  url: database_url,
  pool_size: 20

config :ledger, LedgerWeb.Endpoint,
  http: [port: 4000, transport_options: [socket_opts: [:inet6]]],
  secret_key_base: "«phx_secret#prod»" ⟦S psec-skb⟧

config :ledger, Ledger.Auth.Guardian,
  secret_key: "«guardian#prod»" ⟦S psec-guardian⟧

config :ledger, Ledger.Issuer,
  base_url: "https://api.lithic.com/v1",
  api_key: "«issuer_key#lithic-prod-v1»" ⟦S psec-lithic⟧
