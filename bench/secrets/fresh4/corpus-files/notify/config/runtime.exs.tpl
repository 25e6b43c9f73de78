import Config

if config_env() == :prod do
  database_url = System.fetch_env!("DATABASE_URL")   ⟦D d-exs-fetch-env⟧

  config :notify, Notify.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  config :notify, NotifyWeb.Endpoint,
    url: [host: "notify.carelane.health", port: 443, scheme: "https"],
    secret_key_base: "«phx_secret#notify»"   ⟦S s-phx-secret-key-base⟧

  config :notify, Notify.Mailer,
    adapter: Swoosh.Adapters.Brevo,
    api_key: "«brevo#notify»"   ⟦S s-exs-brevo⟧

  config :notify, :pusher,
    app_id: "«digits:7#pusher-app»",   ⟦D d-exs-pusher-appid⟧
    key: "«hex:20#pusher-key»",   ⟦D d-exs-pusher-key⟧
    secret: System.get_env("PUSHER_SECRET")   ⟦D d-exs-pusher-env⟧
end
