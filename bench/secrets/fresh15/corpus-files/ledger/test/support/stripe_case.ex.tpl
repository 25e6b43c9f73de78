defmodule Ledger.StripeCase do
  @moduledoc "Runs Treasury tests against Stripe's test mode (tagged :external, skipped in CI)."
  use ExUnit.CaseTemplate

  # Tomás's test-mode account (acct "Ledgerline Dev"); test mode, but still ours - don't share outside the team.
  @test_key "«sk_test#tomas-dev»" ⟦S stripe-sk-test⟧

  setup tags do
    if tags[:external], do: Application.put_env(:ledger, Ledger.Treasury, stripe_api_key: @test_key)
    :ok
  end
end
