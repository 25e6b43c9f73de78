# copy to .env; sandbox values are in 1Password -> "Ledgerline / Sandbox"
DATABASE_URL=ecto://postgres:postgres@localhost:5432/ledger_dev ⟦D envx-db⟧
SECRET_KEY_BASE= ⟦D envx-skb⟧
LITHIC_API_KEY=<sandbox key from 1password> ⟦D envx-lithic⟧
LITHIC_ENV=sandbox
PLAID_CLIENT_ID=
PLAID_SECRET=your-plaid-sandbox-secret ⟦D envx-plaid⟧
PLAID_ENV=sandbox
PERSONA_API_KEY=persona_sandbox_xxxxxxxxxxxxxxxxxxxxxxxx ⟦D envx-persona⟧
ONFIDO_API_TOKEN=api_sandbox.REPLACE_ME ⟦D envx-onfido⟧
STRIPE_SECRET_KEY=sk_test_... ⟦D envx-stripe⟧
STRIPE_PUBLISHABLE_KEY=pk_test_... ⟦D envx-stripe-pk⟧
VAULT_ADDR=https://vault.internal.ledgerline.io:8200
VAULT_ROLE_ID=
VAULT_SECRET_ID=
TEMPORAL_ADDRESS=localhost:7233
KAFKA_BOOTSTRAP=localhost:9092
DD_API_KEY=
