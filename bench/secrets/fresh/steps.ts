/**
 * The history of the fresh repository: which file versions each commit writes or deletes. About a quarter of the
 * planted secrets live only in history: rotated in place (settings, .npmrc, Dockerfile, terraform), in files deleted
 * later (.env.production, .pypirc, .netrc, tfvars, a service-account file, a deploy key, the GitLab pipeline), a
 * notebook whose output was cleared, and an unmerged spike branch.
 */
import * as A from './corpus-1.js';
import * as B from './corpus-2.js';

export interface Step {
  message: string;
  /** ISO date used for author and committer */
  date: string;
  author: 'maya' | 'tom' | 'ines';
  /** commit on this branch (created from main's current tip) instead of main; main is checked out again after */
  branch?: string;
  write?: Record<string, string>;
  remove?: string[];
}

export const AUTHORS = {
  maya: { name: 'Maya Okafor', email: 'maya@parcelo.app' },
  tom: { name: 'Tom Brandt', email: 'tom@parcelo.app' },
  ines: { name: 'Inês Carvalho', email: 'ines@parcelo.app' },
} as const;

export const STEPS: Step[] = [
  {
    message: 'Initial Django API skeleton',
    date: '2024-01-08T09:12:00Z',
    author: 'maya',
    write: {
      'README.md': A.README_V1,
      '.gitignore': A.GITIGNORE_V1,
      '.env.example': A.ENV_EXAMPLE,
      'docker-compose.yml': A.COMPOSE,
      'backend/requirements.txt': A.REQUIREMENTS_V1,
      'backend/parcelo/settings/base.py': A.SETTINGS_BASE_V1,
      'backend/parcelo/settings/production.py': A.SETTINGS_PROD_V1,
      'backend/parcelo/celery.py': A.CELERY,
      'backend/accounts/views.py': A.VIEWS,
      'backend/accounts/forms.py': A.FORMS,
      'backend/accounts/schemas.py': A.SCHEMAS,
      'backend/tests/test_auth.py': A.TEST_AUTH,
      'backend/tests/fixtures/courier.json': A.TEST_FIXTURES,
      '.pypirc': A.PYPIRC,
    },
  },
  {
    message: 'Payments: Stripe client, webhook, payout report',
    date: '2024-01-15T14:40:00Z',
    author: 'tom',
    write: {
      'backend/payments/stripe_client.py': A.STRIPE_CLIENT,
      'backend/payments/reports.py': A.STRIPE_REPORTS,
      'backend/keys/jwt-signing.pem': A.JWT_PEM,
      'backend/keys/jwt-signing.pub.pem': A.JWT_PUB,
    },
  },
  {
    message: 'Next.js dashboard with login, tracking page and translations',
    date: '2024-01-22T10:05:00Z',
    author: 'ines',
    write: {
      'frontend/.npmrc': A.NPMRC_V1,
      'frontend/package.json': A.PACKAGE_JSON,
      'frontend/package-lock.json': A.PACKAGE_LOCK,
      'frontend/src/lib/firebase.ts': A.FIREBASE_TS,
      'frontend/src/lib/api.ts': A.API_TS,
      'frontend/src/lib/analytics.ts': A.ANALYTICS_TS,
      'frontend/src/lib/stripe.ts': A.STRIPE_TS,
      'frontend/src/lib/payouts.ts': A.PAYOUTS_TS,
      'frontend/src/app/api/revalidate/route.ts': A.REVALIDATE_TS,
      'frontend/src/components/LoginForm.tsx': A.LOGIN_TSX,
      'frontend/src/constants/labels.ts': A.LABELS_TS,
      'frontend/.env.production': A.FE_ENV_PROD,
      ...A.LOCALES,
    },
  },
  {
    message: 'Go worker: geocoding, courier notifications, event store',
    date: '2024-02-01T08:30:00Z',
    author: 'tom',
    write: {
      'worker/internal/config/config.go': A.GO_CONFIG,
      'worker/internal/notify/slack.go': A.GO_SLACK_V1,
      'worker/internal/notify/discord.go': A.GO_DISCORD_V1,
      'worker/internal/ai/client.go': A.GO_AI,
      'worker/internal/telegram/bot.go': A.GO_TELEGRAM,
      'worker/internal/storage/r2.go': A.GO_R2,
      'worker/internal/events/mongo.go': A.GO_MONGO,
      'worker/internal/mail/smtp.go': A.GO_SMTP,
      'worker/cmd/geocode/main_test.go': A.GO_TEST,
      'worker/go.sum': A.GO_SUM,
      'worker/config/production.toml': A.WORKER_TOML,
      'worker/config/development.toml': A.WORKER_TOML_DEV,
      'worker/Dockerfile': A.WORKER_DOCKERFILE_V1,
    },
  },
  {
    message: 'GitLab pipeline and deploy scripts',
    date: '2024-02-05T16:20:00Z',
    author: 'maya',
    write: {
      '.gitlab-ci.yml': B.GITLAB_CI,
      'scripts/deploy.sh': B.DEPLOY_SH_V1,
      'scripts/sync-assets.sh': B.SYNC_ASSETS_V1,
      'scripts/backup-legacy.sh': B.BACKUP_LEGACY,
      '.netrc': B.NETRC,
      '.pre-commit-config.yaml': B.PRECOMMIT,
    },
  },
  {
    message: 'Terraform: RDS, Redis, Cloudflare, Azure storage for reports',
    date: '2024-02-12T11:00:00Z',
    author: 'tom',
    write: {
      'infra/terraform/main.tf': B.TF_MAIN,
      'infra/terraform/variables.tf': B.TF_VARIABLES,
      'infra/terraform/azure.tf': B.TF_AZURE_V1,
      'infra/terraform/terraform.tfvars': B.TFVARS,
      'infra/terraform/.terraform.lock.hcl': B.TF_LOCK,
      'infra/terraform/.terraformrc': B.TERRAFORMRC,
    },
  },
  {
    message: 'Kubernetes manifests and Helm chart',
    date: '2024-02-19T13:45:00Z',
    author: 'tom',
    write: {
      'k8s/secret.yaml': B.K8S_SECRET,
      'k8s/deployment.yaml': B.K8S_DEPLOYMENT,
      'k8s/sealed-secret.yaml': B.K8S_SEALED,
      'k8s/newrelic.yaml': B.K8S_NEWRELIC,
      'helm/parcelo/values.yaml': B.HELM_VALUES,
      'helm/parcelo/values-prod.yaml': B.HELM_VALUES_PROD,
      'helm/parcelo/templates/secret.yaml': B.HELM_SECRET_TPL,
      'docker-compose.prod.yml': A.COMPOSE_PROD,
    },
  },
  {
    message: 'Import the reporting service, the Spring exporter and the blog',
    date: '2024-02-26T09:15:00Z',
    author: 'maya',
    write: {
      'legacy/reports/appsettings.json': B.APPSETTINGS,
      'legacy/reports/appsettings.Development.json': B.APPSETTINGS_DEV,
      'legacy/exporter/src/main/resources/application.properties': B.SPRING_PROPS,
      'legacy/exporter/src/main/resources/hibernate.cfg.xml': B.HIBERNATE,
      'legacy/exporter/src/main/java/app/parcelo/reports/MailConfig.java': B.MAIL_JAVA,
      'legacy/exporter/settings.xml': B.MAVEN_SETTINGS_V1,
      'legacy/blog/wp-config.php': B.WP_CONFIG,
      'legacy/blog/config.php': B.PHP_CONFIG,
      'legacy/certs/server.key': B.SERVER_KEY,
    },
  },
  {
    message: 'Courier app (Android) and shop app (iOS)',
    date: '2024-03-04T10:30:00Z',
    author: 'ines',
    write: {
      'mobile/android/gradle.properties': B.GRADLE_PROPS,
      'mobile/android/app/build.gradle.kts': B.BUILD_GRADLE_KTS,
      'mobile/android/app/src/main/java/app/parcelo/courier/net/ApiClient.kt': B.API_CLIENT_KT,
      'mobile/android/app/src/main/res/values-ko/strings.xml': B.STRINGS_KO,
      'mobile/ios/Parcelo/Info.plist': B.INFO_PLIST,
      'mobile/ios/Parcelo/de.lproj/Localizable.strings': B.LOCALIZABLE_DE,
      'mobile/ios/Secrets.example.xcconfig': B.XCCONFIG_EXAMPLE,
      'mobile/ios/fastlane/Fastfile': B.FASTFILE,
      'mobile/ios/fastlane/.env.default': B.FASTLANE_ENV,
    },
  },
  {
    message: 'Delivery-time notebook, partner API collection, seeds, docs',
    date: '2024-03-11T15:00:00Z',
    author: 'maya',
    write: {
      'notebooks/delivery-times.ipynb': B.NOTEBOOK_V1,
      'postman/Parcelo.postman_collection.json': B.POSTMAN,
      'scripts/postman-sync.sh': B.POSTMAN_SYNC,
      'db/seeds/001_users.sql': B.SEED_USERS,
      'db/migrations/0007_reporting_role.sql': B.MIGRATION_ROLE,
      'docs/integrations.md': B.DOCS_INTEGRATIONS,
      'docs/runbooks/staging.md': B.DOCS_RUNBOOK,
      'docs/auth.md': B.DOCS_AUTH,
    },
  },
  {
    message: 'Launch prep: production env, BigQuery export account, deploy key',
    date: '2024-03-18T18:10:00Z',
    author: 'tom',
    write: {
      '.env.production': B.ENV_PRODUCTION,
      'infra/gcp/bq-export-sa.json': B.GCP_SA,
      'deploy/keys/deploy_ed25519': B.DEPLOY_KEY,
      'deploy/keys/deploy_ed25519.pub': B.SSH_PUB,
      'ops/gh/hosts.yml': B.GH_HOSTS,
      'backend/integrations/linear.py': A.LINEAR,
    },
  },
  {
    message: 'Spike: Square and Braintree for the US pilot',
    date: '2024-03-20T12:00:00Z',
    author: 'tom',
    branch: 'spike/us-payments',
    write: { 'backend/payments/square_spike.py': B.SPIKE_SQUARE },
  },
  {
    message: 'Move CI from GitLab to GitHub Actions',
    date: '2024-03-25T09:40:00Z',
    author: 'maya',
    remove: ['.gitlab-ci.yml'],
    write: {
      '.github/workflows/deploy.yml': B.GHA_DEPLOY,
      '.github/workflows/test.yml': B.GHA_TEST,
    },
  },
  {
    message: 'Rotate Stripe and Django keys; read them from the environment',
    date: '2024-03-26T11:25:00Z',
    author: 'tom',
    write: {
      'backend/parcelo/settings/base.py': A.SETTINGS_BASE_V2,
      'backend/parcelo/settings/production.py': A.SETTINGS_PROD_V2,
      'backend/requirements.txt': A.REQUIREMENTS_V2,
      'frontend/.npmrc': A.NPMRC_V2,
      'worker/Dockerfile': A.WORKER_DOCKERFILE_V2,
      'infra/terraform/azure.tf': B.TF_AZURE_V2,
      'scripts/deploy.sh': B.DEPLOY_SH_V2,
      'scripts/sync-assets.sh': B.SYNC_ASSETS_V2,
      'legacy/exporter/settings.xml': B.MAVEN_SETTINGS_V2,
    },
  },
  {
    message: 'Remove committed credential files and ignore them',
    date: '2024-03-26T11:50:00Z',
    author: 'tom',
    remove: ['.env.production', '.pypirc', '.netrc', 'infra/terraform/terraform.tfvars', 'infra/terraform/.terraformrc', 'infra/gcp/bq-export-sa.json', 'deploy/keys/deploy_ed25519', 'ops/gh/hosts.yml'],
    write: { '.gitignore': A.GITIGNORE_V2 },
  },
  {
    message: 'Clear notebook outputs',
    date: '2024-03-27T08:05:00Z',
    author: 'maya',
    write: { 'notebooks/delivery-times.ipynb': B.NOTEBOOK_V2 },
  },
  {
    message: 'Ops: smoke test, vault login, Ruby backfill, Grafana, supervisor, integrations',
    date: '2024-04-02T14:15:00Z',
    author: 'ines',
    write: {
      'scripts/smoke.sh': B.SMOKE_SH,
      'scripts/vault-login.sh': B.VAULT_LOGIN,
      'ops/scripts/notify.rb': B.NOTIFY_RB,
      'ops/scripts/backfill.rb': B.BACKFILL_RB,
      'ops/supervisord.conf': B.SUPERVISORD,
      'ops/grafana/datasources.yaml': B.GRAFANA,
      'ops/docker/config.json': B.DOCKER_CONFIG,
      'ops/renovate/config.js': B.RENOVATE,
      'backend/notifications/sms.py': A.SMS,
      'backend/notifications/email.py': A.EMAIL_PY,
      'backend/integrations/hubspot.py': A.HUBSPOT,
      'backend/integrations/shopify.py': A.SHOPIFY,
      'backend/ml/summarize.py': A.SUMMARIZE,
      'backend/reports/export.py': A.EXPORT_PY,
      'backend/accounts/sso.py': A.SSO,
    },
  },
  {
    message: 'Drop the Linear integration; Discord webhook from the environment; FTP without a password in the URL',
    date: '2024-04-09T10:00:00Z',
    author: 'tom',
    remove: ['backend/integrations/linear.py'],
    write: {
      'worker/internal/notify/discord.go': A.GO_DISCORD_V2,
      'scripts/backup-legacy.sh': B.BACKUP_LEGACY_V2,
    },
  },
  {
    message: 'Release 1.4.0',
    date: '2024-04-15T17:30:00Z',
    author: 'maya',
    write: { 'README.md': A.README_V2, 'CHANGELOG.md': B.CHANGELOG },
  },
];
