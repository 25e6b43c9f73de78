/**
 * The history of the second fresh repository ("Ledgerly"). About a quarter of the planted secrets live only in
 * history: rotated in place (database.yml, secrets.yml, web.config, the Dockerfile), in files deleted later (the
 * portal's .env, config/master.key, an S3 export script, ormconfig.json, the CircleCI config, dotfiles of an ops
 * laptop, an age key), a notebook whose output was cleared, a file replaced wholesale by a different version
 * (forge.config.js), and an unmerged spike branch.
 */
import { type FreshStep } from '../fresh-driver.js';
import * as A from './corpus-a.js';
import * as B from './corpus-b.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'priya' | 'jonas' | 'chidi' | 'lea' };

export const AUTHORS = {
  priya: { name: 'Priya Raman', email: 'priya@ledgerly.io' },
  jonas: { name: 'Jonas Lindqvist', email: 'jonas@ledgerly.io' },
  chidi: { name: 'Chidi Eze', email: 'chidi@ledgerly.io' },
  lea: { name: 'Léa Moreau', email: 'lea@ledgerly.io' },
} as const;

export const STEPS: Step[] = [
  {
    message: 'Rails monolith: invoices, dunning, Sidekiq',
    date: '2024-05-06T08:50:00Z',
    author: 'priya',
    write: {
      'README.md': A.README,
      'Gemfile.lock': A.GEMFILE_LOCK,
      'config/database.yml': A.DATABASE_YML_V1,
      'config/secrets.yml': A.SECRETS_YML_V1,
      'config/master.key': A.MASTER_KEY,
      'config/credentials.yml.enc': A.CREDENTIALS_ENC,
      'config/initializers/sidekiq.rb': A.SIDEKIQ_RB,
      'config/initializers/stripe.rb': A.STRIPE_RB,
      'config/initializers/shippo.rb': A.SHIPPO_RB,
      'config/initializers/intercom.rb': A.INTERCOM_RB,
      'config/storage.yml': A.STORAGE_YML,
      'config/environments/production.rb': A.PRODUCTION_RB,
      'app/models/user.rb': A.USER_RB,
      'app/services/integrations/quickbooks_client.rb': A.QUICKBOOKS_RB,
      'spec/factories/users.rb': A.FACTORIES_RB,
      'spec/fixtures/webhooks/invoice_paid.json': A.WEBHOOK_FIXTURE,
      ...A.LOCALES_RAILS,
    },
  },
  {
    message: 'Docker images, compose for local and staging',
    date: '2024-05-08T15:20:00Z',
    author: 'jonas',
    write: {
      Dockerfile: B.DOCKERFILE_V1,
      'docker-compose.yml': B.COMPOSE,
      'docker-compose.staging.yml': B.COMPOSE_STAGING,
      '.circleci/config.yml': B.CIRCLECI,
    },
  },
  {
    message: 'Import the customer portal (Laravel) from the Zahlwerk acquisition',
    date: '2024-05-13T10:00:00Z',
    author: 'priya',
    write: {
      'portal/.env': A.PORTAL_ENV,
      'portal/.env.example': A.PORTAL_ENV_EXAMPLE,
      'portal/config/database.php': A.PORTAL_DATABASE_PHP,
      'portal/config/services.php': A.PORTAL_SERVICES_PHP,
      'portal/tests/Feature/LoginTest.php': A.PORTAL_LOGIN_TEST,
      'portal/config/braintree.php': A.PORTAL_BRAINTREE_PHP,
      ...A.PORTAL_LANG,
    },
  },
  {
    message: 'Tax engine (Spring Boot) and ERP connector (.NET)',
    date: '2024-05-21T09:30:00Z',
    author: 'jonas',
    write: {
      'tax-engine/src/main/resources/application.yml': A.TAX_APPLICATION_YML,
      'tax-engine/src/main/resources/application-local.properties': A.TAX_LOCAL_PROPS,
      'tax-engine/src/main/resources/application-prod.properties': A.TAX_PROD_PROPS,
      'tax-engine/src/main/resources/beans.xml': A.TAX_BEANS_XML,
      'tax-engine/settings.xml': B.MAVEN_SETTINGS,
      'tax-engine/src/main/java/io/ledgerly/tax/vat/VatRatesClient.java': A.VAT_CLIENT_JAVA,
      'erp-connector/src/Sap/SapClient.cs': A.SAP_CLIENT_CS,
      'erp-connector/appsettings.json': A.APPSETTINGS,
      'erp-connector/appsettings.Development.json': A.APPSETTINGS_DEV,
      'erp-connector/Web.config': A.WEB_CONFIG_V1,
      'erp-connector/NuGet.config': A.NUGET_CONFIG,
      'erp-connector/certs/client.key': B.ERP_CLIENT_KEY,
    },
  },
  {
    message: 'Public API gateway (NestJS)',
    date: '2024-05-28T13:10:00Z',
    author: 'chidi',
    write: {
      'gateway/ormconfig.json': A.ORMCONFIG_JSON,
      'gateway/src/config/configuration.ts': A.GATEWAY_CONFIGURATION_TS,
      'gateway/src/auth/constants.ts': A.GATEWAY_AUTH_CONSTANTS,
      'gateway/src/integrations/openai.ts': A.GATEWAY_OPENAI,
      'gateway/src/integrations/algolia.ts': A.GATEWAY_ALGOLIA,
      'gateway/src/integrations/supabase.ts': A.GATEWAY_SUPABASE,
      'gateway/src/integrations/replicate.ts': A.GATEWAY_REPLICATE,
      'gateway/src/settings/labels.ts': A.UI_LABELS_TS,
      'gateway/test/auth.e2e-spec.ts': A.GATEWAY_E2E,
    },
  },
  {
    message: 'Data: S3 export, dunning mails, warehouse, churn notebook',
    date: '2024-06-03T11:45:00Z',
    author: 'lea',
    write: {
      'data/scripts/export_to_s3.py': A.EXPORT_S3_PY,
      'data/scripts/dunning.py': A.DUNNING_PY,
      'data/scripts/newsletter_sync.py': A.NEWSLETTER_PY,
      'data/scripts/geocode.py': A.GEOCODE_PY,
      'data/scripts/llm_classify.py': A.LLM_CLASSIFY_PY,
      'data/warehouse/db.py': A.WAREHOUSE_DB_PY,
      'data/notebooks/churn.ipynb': A.CHURN_NOTEBOOK_V1,
    },
  },
  {
    message: 'Ansible for the database hosts, cron jobs, ops scripts',
    date: '2024-06-10T16:00:00Z',
    author: 'jonas',
    write: {
      'ansible/inventory/production.ini': B.INVENTORY,
      'ansible/group_vars/all.yml': B.GROUP_VARS_ALL,
      'ansible/roles/backup/templates/pgpass.j2': B.PGPASS_J2,
      'ansible/roles/deploy/files/authorized_keys': B.AUTHORIZED_KEYS,
      'ansible/roles/cron/files/ops1.crontab': B.CRONTAB,
      'ops/scripts/publish.sh': B.PUBLISH_SH,
      'ops/scripts/vault-env.sh': B.VAULT_SH,
      'ops/scripts/sentry-release.sh': B.SENTRY_RELEASE_SH,
      'ops/scripts/newrelic-deploy.sh': B.NEWRELIC_DEPLOY_SH,
      'scripts/sap-smoke.sh': B.SAP_SMOKE_SH,
    },
  },
  {
    message: 'ops laptop migration: keep the config with the ops scripts',
    date: '2024-06-11T18:40:00Z',
    author: 'jonas',
    write: {
      'ops/home/.pgpass': B.PGPASS,
      'ops/home/.git-credentials': B.GIT_CREDENTIALS,
      'ops/home/.aws/credentials': B.AWS_CREDENTIALS,
      'ops/home/.gem/credentials': B.GEM_CREDENTIALS,
      'ops/home/.docker/config.json': B.DOCKER_CONFIG,
      'ops/sops/age.key': B.AGE_KEY,
      '.sops.yaml': B.SOPS_YAML,
    },
  },
  {
    message: 'Kubernetes: production secrets, config, Shopify sync, SOPS and sealed secrets',
    date: '2024-06-17T10:20:00Z',
    author: 'jonas',
    write: {
      'k8s/secrets/production.yaml': B.K8S_SECRET,
      'k8s/secrets/gateway.enc.yaml': B.K8S_SOPS,
      'k8s/sealed/erp-connector.yaml': B.K8S_SEALED,
      'k8s/configmap.yaml': B.K8S_CONFIGMAP,
      'k8s/shopify-sync.yaml': B.K8S_DEPLOYMENT,
    },
  },
  {
    message: 'Mobile app (Expo) and desktop app (Electron)',
    date: '2024-06-24T09:00:00Z',
    author: 'chidi',
    write: {
      'mobile/app.config.ts': B.RN_APP_CONFIG,
      'mobile/src/lib/firebase.ts': B.RN_FIREBASE,
      'mobile/src/lib/receipts.ts': B.RN_RECEIPTS,
      'mobile/src/lib/maps.ts': B.RN_MAPBOX,
      'mobile/android/gradle.properties': B.ANDROID_GRADLE_PROPS,
      'mobile/android/keystore.properties.example': B.KEYSTORE_PROPS_EXAMPLE,
      'desktop/.npmrc': B.ELECTRON_NPMRC,
      'desktop/forge.config.js': B.FORGE_CONFIG,
      'desktop/src/index.html': B.ELECTRON_INDEX_HTML,
      '.github/workflows/release.yml': B.GITHUB_RELEASE,
    },
  },
  {
    message: 'Spike: private update feed for the desktop app',
    date: '2024-06-26T14:30:00Z',
    author: 'chidi',
    branch: 'spike/desktop-updates',
    write: {
      'desktop/src/updater.ts': B.SPIKE_AUTOUPDATE,
      'desktop/keys/updates_ed25519': B.SPIKE_DEPLOY_KEY,
    },
  },
  {
    message: 'Move CI to Bitbucket Pipelines, Jenkins for the ERP box, Azure Pipelines for the connector',
    date: '2024-07-01T08:15:00Z',
    author: 'jonas',
    remove: ['.circleci/config.yml'],
    write: {
      'bitbucket-pipelines.yml': B.BITBUCKET_PIPELINES,
      Jenkinsfile: B.JENKINSFILE,
      'erp-connector/azure-pipelines.yml': B.AZURE_PIPELINES,
    },
  },
  {
    message: 'Slack and Discord bots (Serverless), SQL migrations, seeds',
    date: '2024-07-08T12:00:00Z',
    author: 'priya',
    write: {
      'bots/serverless.yml': B.SERVERLESS_YML,
      'bots/src/handler.ts': B.SLACKBOT_HANDLER,
      'bots/src/discord.ts': B.DISCORD_BOT,
      'portal/database/sql/2024_03_04_120000_create_reporting_users.sql': B.MIGRATION_REPORTING,
      'db/migrate/0042_app_role.sql': B.MIGRATION_PG_ROLE,
      'db/seeds/demo.sql': B.SEED_SQL,
      'lib/tasks/crm.rake': A.HUBSPOT_RAKE,
    },
  },
  {
    message: 'Docs: runbooks, API auth, integration notes; support ticket attachments',
    date: '2024-07-15T17:05:00Z',
    author: 'lea',
    write: {
      'docs/runbooks/database.md': B.RUNBOOK_DB,
      'docs/runbooks/aws.md': B.RUNBOOK_AWS,
      'docs/api/authentication.md': B.DOCS_API_AUTH,
      'docs/integrations.md': B.DOCS_INTEGRATIONS,
      'support/tickets/4412/app.ledgerly.io.har': B.HAR,
      'support/tickets/4412/production.log': B.PROD_LOG,
    },
  },
  {
    message: 'Security review: rotate the database, SAP and Rails keys; read them from the environment',
    date: '2024-07-22T10:30:00Z',
    author: 'priya',
    remove: ['gateway/ormconfig.json'],
    write: {
      'config/database.yml': A.DATABASE_YML_V2,
      'config/secrets.yml': A.SECRETS_YML_V2,
      'erp-connector/Web.config': A.WEB_CONFIG_V2,
      Dockerfile: B.DOCKERFILE_V2,
      'gateway/src/data-source.ts': A.ORMCONFIG_TS,
    },
  },
  {
    message: 'Remove committed credential files',
    date: '2024-07-22T11:05:00Z',
    author: 'jonas',
    remove: [
      'portal/.env',
      'config/master.key',
      'data/scripts/export_to_s3.py',
      'ops/home/.git-credentials',
      'ops/home/.aws/credentials',
      'ops/home/.gem/credentials',
      'ops/sops/age.key',
    ],
  },
  {
    message: 'Clear notebook outputs; notarize with the keychain profile',
    date: '2024-07-23T09:40:00Z',
    author: 'chidi',
    write: {
      'data/notebooks/churn.ipynb': A.CHURN_NOTEBOOK_V2,
      'desktop/forge.config.js': B.FORGE_CONFIG_KEYCHAIN,
    },
  },
  {
    message: 'Release 2.14.0',
    date: '2024-07-29T16:00:00Z',
    author: 'priya',
    write: { 'CHANGELOG.md': B.CHANGELOG },
  },
];
