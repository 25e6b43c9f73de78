# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration

client_id = "«shopify_client#app»" ⟦D toml-client⟧
name = "Maison Verte Companion"
handle = "maison-verte-companion"
application_url = "https://companion.maisonverte.fr"
embedded = true

[build]
automatically_update_urls_on_dev = true
dev_store_url = "maisonverte-dev.myshopify.com"
include_config_on_deploy = true

[access_scopes]
# https://shopify.dev/docs/api/usage/access-scopes
scopes = "read_customers,write_customers,read_orders,read_products,write_discounts,read_fulfillments"

[auth]
redirect_urls = [
  "https://companion.maisonverte.fr/auth/callback",
  "https://companion.maisonverte.fr/auth/shopify/callback",
]

[webhooks]
api_version = "2024-01"

  [[webhooks.subscriptions]]
  topics = [ "app/uninstalled" ]
  uri = "/webhooks"

  [[webhooks.subscriptions]]
  topics = [ "orders/paid", "orders/fulfilled" ]
  uri = "/webhooks"

  [[webhooks.subscriptions]]
  compliance_topics = [ "customers/data_request", "customers/redact", "shop/redact" ]
  uri = "/webhooks"

[pos]
embedded = false
