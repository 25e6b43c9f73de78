defmodule Notify.Payments.Crypto do
  @moduledoc "Spike: let clinics pay invoices with Coinbase Commerce."
  @api "https://api.commerce.coinbase.com"
  @api_key "«uuid#coinbase-commerce»"   ⟦S s-branch-coinbase-commerce⟧
  @webhook_shared_secret "«uuid#coinbase-webhook»"   ⟦S s-branch-coinbase-webhook⟧

  def headers, do: [{"X-CC-Api-Key", @api_key}, {"X-CC-Version", "2018-03-22"}]
end
