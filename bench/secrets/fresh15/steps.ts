/**
 * The history of the fifteenth fresh repository ("Ledgerline", a payments start-up's monorepo). About a third of
 * the planted secrets live only in history: a Phoenix prod.secret.exs and a Rust service's .env committed early and
 * removed, a first SFTP module with the sponsor bank's UAT password replaced by key auth, a PGP private key and its
 * passphrase moved to Vault, a Vault AppRole secret_id replaced by response wrapping, Terraform provider keys
 * replaced by aws-vault, a webhook-secret fallback dropped, a Postman environment deleted, an unmerged branch with a
 * Snowflake key pair, and two values that only ever appeared in commit messages.
 *
 * Templates live as plain text in bench/secrets/fresh15/corpus-files/<repo path>[@vN].tpl (read at run time):
 * «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧ line labels. Commit messages use the same syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'priya' | 'tomas' | 'wen' };

export const AUTHORS = {
  priya: { name: 'Priya Raman', email: 'priya@ledgerline.io' },
  tomas: { name: 'Tomás Ferreira', email: 'tomas@ledgerline.io' },
  wen: { name: 'Wen Zhao', email: 'wen.zhao@ledgerline.io' },
} as const;

const { files, tpl } = corpusFiles('fresh15');

export const STEPS: Step[] = [
  {
    message: 'ledger: phoenix 1.7 skeleton, double-entry books, cloak for account numbers',
    date: '2024-01-15T10:04:00Z',
    author: 'priya',
    write: {
      ...files('README.md', '.gitignore', '.env.example', 'docker-compose.yml', 'ledger/mix.lock', 'ledger/priv/repo/seeds.exs'),
      ...files('ledger/config/config.exs', 'ledger/config/dev.exs', 'ledger/config/test.exs', 'ledger/config/prod.secret.exs'),
      ...files('ledger/lib/ledger/vault.ex', 'ledger/lib/ledger_web/endpoint.ex'),
    },
  },
  {
    message: 'card-auth: rust service for the issuer ASA stream, webhook hmac, issuer client in the ledger',
    date: '2024-01-29T16:48:00Z',
    author: 'tomas',
    write: files(
      'card-auth/config/default.toml',
      'card-auth/config/production.toml',
      'card-auth/src/config.rs',
      'card-auth/src/webhook.rs',
      'card-auth/.env',
      'card-auth/tests/fixtures/asa_request.json',
      'ledger/lib/ledger/issuer/client.ex',
    ),
  },
  {
    message: 'risk: persona + onfido + alloy workers, plaid balance check, ci for all three apps',
    date: '2024-02-12T11:20:00Z',
    author: 'wen',
    write: files(
      'risk/settings.py',
      'risk/kyc/persona_client.py',
      'risk/kyc/onfido_worker.py',
      'risk/tests/fixtures/plaid_sandbox.json',
      'risk/tests/test_alloy.py',
      'k8s/staging/risk-secrets.yaml',
      '.github/workflows/ci.yml',
    ),
  },
  {
    message: 'sponsor bank: nacha builder, sftp upload (UAT, password auth for now), pgp keys\n\nBank fingerprint verified by phone with their ACH ops team on 2024-02-23: 6E1B0C5D3A2F4E7B9C8D1A2B7A3F19C2D84B6E05 ⟦D msg-fpr⟧',
    date: '2024-02-26T14:31:00Z',
    author: 'priya',
    write: {
      'ledger/lib/ledger/sponsor_bank/sftp.ex': tpl('ledger/lib/ledger/sponsor_bank/sftp.ex', 'v0'),
      'infra/pgp/README.md': tpl('infra/pgp/README.md', 'v0'),
      ...files('infra/pgp/ledgerline-ops-secret.asc', 'infra/pgp/sponsor-bank-public.asc', 'infra/sftp/known_hosts'),
      ...files('docs/bank-files/sample.ach', 'docs/bank-files/pain.001.sample.xml'),
    },
  },
  {
    message:
      'remove prod.secret.exs and card-auth/.env, read everything from the environment\n\nRotated the lithic key, guardian secret and the db password; new values are only in Vault (secret/ledgerline/prod/ledger). ⟦D msg-rotated⟧',
    date: '2024-03-04T09:15:00Z',
    author: 'priya',
    remove: ['ledger/config/prod.secret.exs', 'card-auth/.env'],
    write: { '.gitignore': tpl('.gitignore', 'v2'), 'ledger/config/runtime.exs': tpl('ledger/config/runtime.exs') },
  },
  {
    message: 'infra: terraform for kms and iam, vault policies and approle login for batch-01, kafka client, bank mtls',
    date: '2024-03-18T17:02:00Z',
    author: 'tomas',
    write: files(
      'infra/terraform/providers.tf',
      'infra/terraform/kms.tf',
      'infra/terraform/iam.tf',
      'infra/vault/policies/ledger-app.hcl',
      'infra/vault/approle-login.sh',
      'infra/kafka/client.properties',
      'infra/mtls/README.md',
      'infra/mtls/bank-client.crt',
      'infra/mtls/bank-client.key',
      'infra/mtls/ca-chain.pem',
    ),
  },
  {
    message:
      'ops: incident runbook, pagerduty services, datadog agent + monitors in code, rum for the ops console\n\nmonitors.py needs an app key; I used mine for now (DD_APP_KEY=«dd_app#wen-personal»), will swap for a service one. ⟦S msg-dd-app⟧',
    date: '2024-04-02T13:37:00Z',
    author: 'wen',
    write: files(
      'ops/runbooks/incident.md',
      'ops/pagerduty/services.yaml',
      'ops/datadog/datadog.yaml',
      'ops/datadog/monitors.py',
      'ops/datadog/rum.js',
    ),
  },
  {
    message: 'stripe treasury + modern treasury payouts, retool export, okta scim sync, saml for the ops console, jwks',
    date: '2024-04-11T10:50:00Z',
    author: 'tomas',
    write: files(
      'postman/modern-treasury.postman_environment.json',
      'retool/resources.json',
      'ledger/lib/ledger/treasury/stripe.ex',
      'ledger/test/support/stripe_case.ex',
      'scripts/okta_scim_sync.py',
      'auth/saml/okta-idp-metadata.xml',
      'auth/saml/sp-config.yaml',
      'auth/saml/sp-signing.key',
      'auth/jwks/public.json',
      'auth/jwks/dev-signing.jwk.json',
      'auth/jwks/README.md',
    ),
  },
  {
    message: 'analytics: dbt on snowflake; temporal cloud worker config; plaid balance backfill (RISK-212)',
    date: '2024-04-22T15:05:00Z',
    author: 'wen',
    write: files('analytics/dbt/profiles.yml', 'analytics/dbt/dbt_project.yml', 'risk/plaid/backfill_balances.py', 'temporal/worker.yaml'),
  },
  {
    message:
      'sponsor bank: key auth on sftp, pgp key moved to vault, approle secret_id via response wrapping\n\nThe bank reset the UAT sftp password before switching us to keys; for the record it was «pwr#sponsor-sftp-uat-reset». ⟦S msg-sftp-pw⟧',
    date: '2024-05-02T18:22:00Z',
    author: 'priya',
    remove: ['infra/pgp/ledgerline-ops-secret.asc'],
    write: {
      ...files('ledger/lib/ledger/sponsor_bank/sftp.ex', 'infra/pgp/README.md', 'infra/sftp/ledgerline_ach_ed25519'),
      'infra/vault/approle-login.sh': tpl('infra/vault/approle-login.sh', 'v2'),
    },
  },
  {
    message: 'drop live postman env; terraform creds via aws-vault; no webhook secret fallback in prod config',
    date: '2024-05-09T08:40:00Z',
    author: 'tomas',
    remove: ['postman/modern-treasury.postman_environment.json'],
    write: {
      'infra/terraform/providers.tf': tpl('infra/terraform/providers.tf', 'v2'),
      'ledger/config/runtime.exs': tpl('ledger/config/runtime.exs', 'v2'),
    },
  },
  {
    message: 'wip: dbt prod on snowflake key-pair auth',
    date: '2024-05-20T19:58:00Z',
    author: 'wen',
    branch: 'wen/snowflake-keypair',
    write: {
      'analytics/dbt/profiles.yml': tpl('analytics/dbt/profiles.yml', 'snowkp'),
      'analytics/snowflake/dbt_prod_rsa_key.p8': tpl('analytics/snowflake/dbt_prod_rsa_key.p8'),
    },
  },
  {
    message: 'soc2 q3 evidence, onboarding doc, ach reject postmortem log, readme: retool and soc2',
    date: '2024-07-08T16:12:00Z',
    author: 'priya',
    write: {
      ...files('soc2/evidence/2024-Q3/access-review.md', 'soc2/evidence/2024-Q3/checksums.txt', 'docs/onboarding.md', 'ops/incidents/2024-05-17-ach-reject.log'),
      'README.md': tpl('README.md', 'v2'),
    },
  },
];
