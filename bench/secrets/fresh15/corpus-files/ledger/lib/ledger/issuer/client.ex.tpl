defmodule Ledger.Issuer.Client do
  @moduledoc """
  Card-issuing API client (cards, spend limits, account holders).

      iex> Ledger.Issuer.Client.new(api_key: "«issuer_key#lithic-sandbox-tomas»") |> Ledger.Issuer.Client.get_card("«uuid#doc-card»") ⟦S iss-doctest-key⟧
      {:ok, %{"token" => "...", "state" => "OPEN"}}
  """
  use Tesla

  @default_timeout 5_000

  def new(opts \\ []) do
    cfg = Application.get_env(:ledger, Ledger.Issuer, [])
    api_key = Keyword.get(opts, :api_key, cfg[:api_key])

    Tesla.client([
      {Tesla.Middleware.BaseUrl, Keyword.get(opts, :base_url, cfg[:base_url])},
      {Tesla.Middleware.Headers, [{"authorization", "api-key " <> api_key}]}, ⟦D iss-header-concat⟧
      Tesla.Middleware.JSON,
      {Tesla.Middleware.Timeout, timeout: @default_timeout},
      {Tesla.Middleware.Retry, max_retries: 2, delay: 200}
    ])
  end

  def get_card(client, token), do: client |> get("/cards/" <> token) |> unwrap()

  def set_spend_limit(client, token, cents, duration \\ "MONTHLY"),
    do: client |> patch("/cards/" <> token, %{spend_limit: cents, spend_limit_duration: duration}) |> unwrap()

  defp unwrap({:ok, %{status: s, body: b}}) when s in 200..299, do: {:ok, b}
  defp unwrap({:ok, %{status: s, body: b}}), do: {:error, {s, b}}
  defp unwrap({:error, _} = e), do: e
end
