/**
 * The history of the fourth fresh repository ("Carelane", a clinic scheduling SaaS run by the agency Northbeam
 * Digital). About a quarter of the planted secrets live only in history: a "security cleanup" commit that deletes
 * Vault's init output, an AWS credentials file with a session token, an SSH deploy key, a PGP release-signing key, an
 * App Store Connect key, a GCP service-account file and a secrets.txt, and rewrites settings, a backup script, a
 * tfvars file and the Go gateway's config in place; two unmerged spike branches; and four secrets that only ever
 * appeared in commit messages (the scanner reports those as file COMMIT_MSG, line within the message).
 *
 * Templates live as plain text in bench/secrets/fresh4/corpus-files/<repo path>[@vN].tpl (read at run time from the
 * source tree, so no escaping of `${…}` and backticks is needed): «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧
 * line labels, as in the third bench. Commit messages use the same syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'priya' | 'jonas' | 'aiko' | 'femi' | 'lea' };

export const AUTHORS = {
  priya: { name: 'Priya Raman', email: 'priya@northbeam.digital' },
  jonas: { name: 'Jonas Lindqvist', email: 'jonas@northbeam.digital' },
  aiko: { name: 'Aiko Tanaka', email: 'aiko@northbeam.digital' },
  femi: { name: 'Femi Adeyemi', email: 'femi.adeyemi@northbeam.digital' },
  lea: { name: 'Léa Moreau', email: 'lea.moreau.freelance@proton.me' },
} as const;

const { files, tpl } = corpusFiles('fresh4');

export const STEPS: Step[] = [
  {
    message: 'Django backend skeleton: settings, celery, fixtures, email templates',
    date: '2023-11-02T09:40:00Z',
    author: 'priya',
    write: files(
      'README.md',
      'backend/carelane/settings/base.py',
      'backend/carelane/settings/production.py',
      'backend/carelane/celery.py',
      'backend/.env.example',
      'backend/fixtures/test_users.json',
      'templates/email/password_reset.html',
      'Makefile',
    ),
  },
  {
    message: 'SMS, mail and realtime providers for reminders\n\nVonage primary, Plivo and MessageBird as fallbacks, Pusher/Ably for the live waiting-room board.',
    date: '2023-11-09T16:20:00Z',
    author: 'jonas',
    write: files('backend/.env', 'backend/carelane/settings/local_prod_debug.py'),
  },
  {
    message: 'Nuxt patient app: booking flow, i18n (de, ja, ar, el, hi, fi)',
    date: '2023-11-20T11:05:00Z',
    author: 'lea',
    write: files(
      'frontend/nuxt.config.ts',
      'frontend/components/PasswordField.vue',
      'frontend/locales/de.json',
      'frontend/locales/ja.json',
      'frontend/locales/ar.json',
      'frontend/locales/el.json',
      'frontend/locales/hi.json',
      'frontend/locales/fi.json',
    ),
  },
  {
    message: 'gateway: Go service in front of the SMS providers',
    date: '2023-11-28T19:45:00Z',
    author: 'jonas',
    write: files('gateway/internal/config/config.go', 'gateway/go.sum'),
  },
  {
    message: 'mobile apps: Android (Kotlin) and iOS (Swift), fastlane',
    date: '2023-12-06T10:30:00Z',
    author: 'aiko',
    write: files(
      'android/app/google-services.json',
      'android/gradle.properties',
      'android/app/src/main/java/health/carelane/api/ApiClient.kt',
      'ios/Carelane/GoogleService-Info.plist',
      'ios/Carelane/Config/Secrets.swift',
      'ios/Carelane.xcodeproj/xcshareddata/xcschemes/Carelane-Staging.xcscheme',
      'ios/fastlane/Fastfile',
      'ios/fastlane/.env.default',
      'ios/fastlane/AuthKey.p8',
      '.github/workflows/mobile.yml',
    ),
  },
  {
    message:
      'infra: pulumi, cloudformation, nomad/consul/vault, terraform\n\nBootstrapped the cluster tonight. Deploy token for the nomad "deploy" policy\n(secret id): «uuid#nomad-deploy»   ⟦S s-msg-nomad-token⟧\nuntil we wire Vault\'s nomad secrets engine.',
    date: '2024-01-10T23:10:00Z',
    author: 'femi',
    write: files(
      'infra/pulumi/index.ts',
      'infra/pulumi/Pulumi.prod.yaml',
      'infra/pulumi-yaml/Pulumi.yaml',
      'infra/cloudformation/reports-stack.yaml',
      'infra/nomad/notify.nomad.hcl',
      'infra/consul/consul.hcl',
      'infra/vault/vault.hcl',
      'infra/vault/init-output.txt',
      'terraform/main.tf',
      'terraform/terraform.tfvars',
      'terraform/terraform.tfstate',
      'ops/aws/credentials',
      'ops/keys/deploy_ed25519',
      'ops/keys/deploy_ed25519.pub',
      'ops/gpg/release-signing.asc',
      'ops/gpg/release-signing.pub.asc',
    ),
  },
  {
    message: 'ops: backup script, ansible, cron, nginx/apache/haproxy, systemd, supervisor, monitoring agents',
    date: '2024-01-16T14:00:00Z',
    author: 'femi',
    write: files(
      'ops/scripts/backup.sh',
      'ops/scripts/Reset-ClinicAdmin.ps1',
      'ops/ansible/group_vars/all/vars.yml',
      'ops/ansible/group_vars/all/vault.yml',
      'ops/ansible/roles-secrets.sops.yaml',
      'ops/cron/carelane.cron',
      'ops/nginx/carelane.conf',
      'ops/nginx/.htpasswd',
      'ops/apache/reports.conf',
      'ops/haproxy/haproxy.cfg',
      'ops/systemd/carelane-worker@.service',
      'ops/supervisor/notify-sync.conf',
      'monitoring/sentry.properties',
      'monitoring/datadog.yaml',
      'monitoring/newrelic.ini',
    ),
  },
  {
    message: 'notify (Phoenix) and the weekly reporting job (.NET)',
    date: '2024-01-24T17:35:00Z',
    author: 'jonas',
    write: files(
      'notify/config/runtime.exs',
      'notify/config/config.exs',
      'notify/mix.lock',
      'notify/lib/notify/push/apns.ex',
      'reporting/ReportingJob/appsettings.json',
      'reporting/ReportingJob/appsettings.Development.json',
      'reporting/run-report.ps1',
    ),
  },
  {
    message: 'billing providers, CRM sync, Google sign-in, SAML SP cert, reports exporter SA',
    date: '2024-02-01T12:15:00Z',
    author: 'priya',
    write: files(
      'backend/apps/billing/providers.py',
      'backend/apps/crm/integrations.py',
      'backend/oauth/client_secret_web.json',
      'backend/certs/saml-sp.key',
      'backend/certs/saml-sp.crt',
      'infra/gcp/reports-exporter-sa.json',
    ),
  },
  {
    message: 'wip: plaid transfer payouts (sandbox)',
    date: '2024-02-05T18:00:00Z',
    author: 'jonas',
    branch: 'spike/plaid-payouts',
    write: files('backend/apps/billing/plaid_sandbox.py'),
  },
  {
    message: 'spike: crypto invoices through coinbase commerce',
    date: '2024-02-07T21:30:00Z',
    author: 'priya',
    branch: 'spike/crypto-invoices',
    write: files('notify/lib/notify/payments/crypto.ex'),
  },
  {
    message:
      'deploy: helm chart, kustomize prod overlay, argo cd, jenkins + drone\n\nDrone needs the Docker Hub token in its secrets UI; until someone with admin\nrights adds it, the publish step uses «dckr#drone-msg» (northbeam).   ⟦S s-msg-dckr⟧',
    date: '2024-02-14T15:50:00Z',
    author: 'lea',
    write: files(
      'deploy/helm/carelane/values.yaml',
      'deploy/helm/carelane/templates/secret.yaml',
      'deploy/helm/carelane/templates/configmap.yaml',
      'deploy/kustomize/overlays/prod/kustomization.yaml',
      'deploy/kustomize/overlays/prod/secret.env',
      'deploy/kustomize/overlays/prod/sealed-secret.yaml',
      'deploy/argocd/repo-secret.yaml',
      'deploy/argocd/app.yaml',
      'ci/Jenkinsfile',
      'ci/jenkins/credentials.xml',
      '.drone.yml',
      'deploy/config.yml',
      'deploy/config.yml~',
    ),
  },
  {
    message: 'staging dump for the migration rehearsal, february exports, slack bot, webhooks list, firebase rules',
    date: '2024-03-02T10:20:00Z',
    author: 'femi',
    write: files(
      'db/dumps/carelane_staging_2024-03-02.sql',
      'exports/integrations-2024-02.csv',
      'exports/appointments-2024-02.csv',
      'integrations/webhooks.md',
      'bots/slack/app.py',
      'bots/slack/manifest.yml',
      'firebase/firestore.rules',
      'firebase/firebase.json',
    ),
  },
  {
    message:
      'hotfix: route staging SMS through MessageBird\n\nVonage is rejecting our staging sender id. Staging key, set it in Nomad:\nMESSAGEBIRD_ACCESS_KEY=«messagebird#staging-msg»   ⟦S s-msg-messagebird⟧\nRefs: https://developers.messagebird.com/api/sms-messaging/   ⟦D d-msg-docs-url⟧',
    date: '2024-04-09T17:10:00Z',
    author: 'jonas',
    write: files('patches/0001-gateway-plivo-fallback.patch', 'patches/notify-doppler.diff'),
  },
  {
    message: 'postmortem SMS outage, on-call runbook, ops notes',
    date: '2024-04-12T09:00:00Z',
    author: 'femi',
    write: files(
      'docs/postmortems/2024-04-11-sms-reminders.md',
      'docs/runbooks/oncall.md',
      'secrets.txt',
      'passwords.kdbx.txt',
      'ops/femi/.bash_history',
      'ops/gpg/handover-notes.txt.asc',
      'backend/.env.swp',
    ),
  },
  {
    message: 'security cleanup: remove committed key material and credentials, read settings from the environment',
    date: '2024-04-15T08:45:00Z',
    author: 'priya',
    remove: [
      'infra/vault/init-output.txt',
      'ops/aws/credentials',
      'ops/keys/deploy_ed25519',
      'ops/gpg/release-signing.asc',
      'ios/fastlane/AuthKey.p8',
      'infra/gcp/reports-exporter-sa.json',
      'secrets.txt',
      'backend/carelane/settings/local_prod_debug.py',
    ],
    write: {
      'backend/carelane/settings/production.py': tpl('backend/carelane/settings/production.py', 'v2'),
      'ops/scripts/backup.sh': tpl('ops/scripts/backup.sh', 'v2'),
      'terraform/terraform.tfvars': tpl('terraform/terraform.tfvars', 'v2'),
      'gateway/internal/config/config.go': tpl('gateway/internal/config/config.go', 'v2'),
      'ops/scripts/Reset-ClinicAdmin.ps1': tpl('ops/scripts/Reset-ClinicAdmin.ps1', 'v2'),
      'ios/Carelane/Config/Secrets.swift': tpl('ios/Carelane/Config/Secrets.swift', 'v2'),
      'infra/nomad/notify.nomad.hcl': tpl('infra/nomad/notify.nomad.hcl', 'v2'),
    },
  },
  {
    message:
      'monitoring: rotate the grafana token used by apache\n\nThe old one leaked in a screenshot: «glsa#old-msg»   ⟦S s-msg-glsa⟧\nNew one is also stored in Vault (secret/carelane/prod/grafana). Sentry DSN for the ops\nproject, for reference: https://«hex:32#dsn-ops»@o«digits:6#dsn-org».ingest.de.sentry.io/«digits:7#dsn-ops-proj»   ⟦D d-msg-dsn⟧',
    date: '2024-04-22T13:30:00Z',
    author: 'jonas',
    write: { 'ops/apache/reports.conf': tpl('ops/apache/reports.conf', 'v2') },
  },
  {
    message: 'deps: refresh lockfiles\n\ngo.sum and mix.lock only; h1 hashes checked with `go mod verify`.\nchi checksum now «gohash#chi-msg»   ⟦D d-msg-gohash⟧',
    date: '2024-04-25T10:00:00Z',
    author: 'lea',
    write: { 'README.md': tpl('README.md', 'v2') },
  },
];
