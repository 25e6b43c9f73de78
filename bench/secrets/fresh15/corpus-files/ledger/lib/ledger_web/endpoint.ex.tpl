defmodule LedgerWeb.Endpoint do
  use Phoenix.Endpoint, otp_app: :ledger

  @session_options [
    store: :cookie,
    key: "_ledger_key",
    signing_salt: "«salt8#session»", ⟦D ep-signing-salt⟧
    encryption_salt: "«salt8#enc»", ⟦D ep-enc-salt⟧
    same_site: "Strict",
    secure: true
  ]

  plug Plug.RequestId
  plug Plug.Telemetry, event_prefix: [:phoenix, :endpoint]

  # issuer webhooks need the raw body for HMAC verification
  plug Plug.Parsers,
    parsers: [:urlencoded, :multipart, :json],
    pass: ["*/*"],
    body_reader: {LedgerWeb.RawBody, :read_body, []},
    json_decoder: Phoenix.json_library()

  plug Plug.MethodOverride
  plug Plug.Head
  plug Plug.Session, @session_options
  plug LedgerWeb.Router
end
