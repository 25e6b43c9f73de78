defmodule Ledger.Treasury.Stripe do
  @moduledoc """
  Stripe Treasury: moves funds between a business's financial account and its external bank account
  (OutboundTransfers / InboundTransfers). Connected accounts are created per business at KYB approval.
  """
  @api "https://api.stripe.com/v1"

  # Publishable key for the onboarding UI (Stripe.js / Connect embedded components); shipped to the browser.
  @publishable_key "«pk_live#connect-ui»" ⟦D stripe-pk-live⟧

  def publishable_key, do: @publishable_key

  def outbound_transfer(connected_account, financial_account, cents, destination) do
    Req.post!(@api <> "/treasury/outbound_transfers",
      auth: {:bearer, api_key()},
      headers: [{"stripe-account", connected_account}],
      form: [
        financial_account: financial_account,
        amount: cents,
        currency: "usd",
        destination_payment_method: destination
      ]
    ).body
  end

  defp api_key, do: Application.fetch_env!(:ledger, Ledger.Treasury)[:stripe_api_key] ⟦D stripe-fetch⟧
end
