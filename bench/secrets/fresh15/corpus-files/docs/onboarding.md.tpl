# Engineering onboarding

Welcome! Week one checklist:

1. Okta invite -> set up Okta Verify and a WebAuthn key. Everything else (AWS, Retool, Snowflake, Datadog) is SSO.
2. `brew install elixir rust python@3.12 vault awscli aws-vault temporal` and clone this repo.
3. Ask for the "Ledgerline / Sandbox" vault in 1Password; it has the issuer, Plaid, Persona, Onfido sandbox keys.
4. Vault: `vault login -method=oidc role=engineer` (your Okta groups map to policies).
5. Staging Vault, when OIDC is down: token `«hvs#staging-eng»` (renewable, 768h, policy `engineer-staging`). ⟦S onb-vault-token⟧
6. Read `ops/runbooks/incident.md` and shadow one on-call week.

Password rules: 1Password generated, 20+ characters. Your Okta password must not be reused anywhere (the form
will say "Password does not meet requirements" if it appears in a breach corpus). ⟦D onb-pw-prose⟧
