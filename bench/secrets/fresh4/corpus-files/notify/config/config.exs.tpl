import Config

config :notify, NotifyWeb.Endpoint,
  url: [host: "localhost"],
  render_errors: [formats: [json: NotifyWeb.ErrorJSON], layout: false],
  pubsub_server: Notify.PubSub,
  live_view: [signing_salt: "«alnum:8#lv-salt»"]   ⟦D d-phx-signing-salt⟧

config :notify, Notify.Repo, username: "postgres", password: "postgres", hostname: "localhost"   ⟦D d-exs-dev-repo⟧

import_config "#{config_env()}.exs"   ⟦D d-exs-interp⟧
