# Script for populating the database. Run with: mix run priv/repo/seeds.exs
# Creates the internal ops users and two demo businesses for the staging environment.
alias Ledger.{Accounts, Repo}
alias Ledger.Ledger.{Account, Book}

{:ok, _} =
  Accounts.register_operator(%{
    email: "priya@ledgerline.io",
    name: "Priya Raman",
    role: :admin,
    password: "«pwh#seed-priya»" ⟦S seed-priya⟧
  })

{:ok, _} =
  Accounts.register_operator(%{
    email: "support@ledgerline.io",
    name: "Support (shared)",
    role: :support,
    password: "«weak#seed-support»" ⟦S seed-support⟧
  })

{:ok, _} =
  Accounts.register_operator(%{
    email: "auditor@example.com",
    name: "Read-only auditor (demo)",
    role: :read_only,
    password: "password123" ⟦D seed-demo-pw⟧
  })

for {name, ein} <- [{"Bluebird Bakery LLC", "12-3456789"}, {"Northwind Logistics Inc", "98-7654321"}] do
  {:ok, biz} = Accounts.create_business(%{legal_name: name, ein: ein, kyb_status: :approved})
  Repo.insert!(%Book{business_id: biz.id, currency: "USD"})
  Repo.insert!(%Account{business_id: biz.id, kind: :operating, routing_number: "021000021", account_number: "000123456789"}) ⟦D seed-acct⟧
end
