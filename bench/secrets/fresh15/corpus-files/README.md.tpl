# Ledgerline

Spend cards and payouts for small businesses. This is the monorepo: the double-entry ledger (Elixir/Phoenix), the
card-authorization service (Rust), the risk and KYC workers (Python), Temporal workflows and the infra bits.

## Layout

| dir | what |
| --- | --- |
| `ledger/` | Phoenix app: accounts, journal entries, payouts, the sponsor-bank file pipeline |
| `card-auth/` | Rust service answering the issuer's JIT funding requests (p99 budget 400 ms) |
| `risk/` | KYC/KYB workers (Persona, Onfido, Alloy) and the Plaid balance checks |
| `infra/` | Terraform (AWS), Vault policies, Kafka client config, mTLS and PGP material |
| `analytics/` | dbt project on Snowflake |
| `ops/` | runbooks, PagerDuty and Datadog config |

## Local setup

```sh
cp .env.example .env          # fill in sandbox keys from 1Password ("Ledgerline / Sandbox")
docker compose up -d postgres kafka temporal
cd ledger && mix setup && iex -S mix phx.server
```

Sandbox credentials only on laptops. Production secrets live in Vault (`secret/ledgerline/prod/*`) and are
rendered at boot by the Vault agent; never paste a production key into a file here.

Use the issuer's sandbox for card tests. Test PANs come from the networks' docs: `4111 1111 1111 1111`, ⟦D readme-pan⟧
`5555 5555 5555 4444`; any future expiry, CVV `123`. ⟦D readme-pan2⟧

## Sponsor bank

ACH files go out over SFTP as NACHA, wires as ISO 20022 pain.001, PGP-encrypted to the bank's key
(`infra/pgp/sponsor-bank-public.asc`). Cut-off is 16:30 ET. See `ops/runbooks/incident.md` when a file bounces.
