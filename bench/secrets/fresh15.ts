/**
 * Fifteenth fresh-repository bench (issue 14: "a repository that you do not see"): the held-out figure. Not a test:
 * it prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh15.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Ledgerline", a nine-person B2B payments start-up (spend
 * cards and payouts for small businesses): an Elixir/Phoenix core ledger (config/runtime.exs, a prod.secret.exs that
 * was committed and removed, Cloak and Guardian keys, seeds), a Rust card-authorization service (JIT funding webhooks
 * from a card issuer), Python risk and KYC workers (Persona, Onfido, Alloy, Plaid), Temporal Cloud workers,
 * Confluent Kafka, HashiCorp Vault (policies, AppRole login), Terraform for AWS KMS and IAM, dbt on Snowflake, a
 * Retool resource export, Okta SCIM sync and SAML (IdP metadata, SP signing key), JWKS, an mTLS client key for the
 * sponsor bank's API, SFTP to the sponsor bank with PGP keys for NACHA and ISO 20022 files, PagerDuty and Datadog,
 * an incident runbook, a SOC 2 evidence folder and a README. Decoys are what such a repository holds next to them:
 * public PGP keys, public JWKs, certificate chains, KMS ARNs, Vault paths and role ids, Plaid sandbox tokens, routing
 * numbers and card networks' test numbers, placeholders and templated values. The templates are in
 * bench/secrets/fresh15/corpus-files/ (plain text, read at run time). It was written by a fifteenth author without
 * reading launchready's rules, engine, tests, docs of what the scanner handles, or the earlier corpora's templates,
 * and nobody tunes on it: it is run once at the end, and its misses and false positives are listed only with --list.
 *
 * Labels and scoring are the shared driver's (bench/secrets/fresh-driver.ts): `secret` lines must get a fail or warn
 * finding on their file and line (history-only ones at the commit that introduced them, commit-message ones as
 * COMMIT_MSG), `decoy` lines and unlabelled lines must not.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh15/gen.js';
import { AUTHORS, STEPS } from './fresh15/steps.js';

runFresh({
  slug: 'fresh15',
  ordinal: 'fifteenth',
  identity: { name: 'Ledgerline', email: 'eng@ledgerline.io' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
