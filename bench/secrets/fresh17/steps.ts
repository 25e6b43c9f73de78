/**
 * The history of the seventeenth fresh repository ("Carebridge", a telemedicine start-up). About a quarter of the
 * planted secrets live only in history: the video service's `.env`, a CI age identity and the prod tfvars committed
 * and then removed or emptied, an Epic non-prod private key deleted after rotation, Redox/Health Gorilla secrets and
 * a boto3 key pair moved to the environment, a Vonage fallback hard-coded on an unmerged branch, and two secrets that
 * only ever appeared in commit messages.
 *
 * Templates live as plain text in bench/secrets/fresh17/corpus-files/<repo path>[@vN].tpl (read at run time):
 * «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧ line labels. Commit messages use the same syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'priya' | 'marcus' | 'lena' };

export const AUTHORS = {
  priya: { name: 'Priya Raman', email: 'priya@carebridge.health' },
  marcus: { name: 'Marcus Bell', email: 'marcus.bell@carebridge.health' },
  lena: { name: 'Lena Hoffmann', email: 'lena@carebridge.health' },
} as const;

const { files, tpl } = corpusFiles('fresh17');

export const STEPS: Step[] = [
  {
    message: 'scheduling service skeleton: grpc, viper config, postgres migrations, local compose',
    date: '2024-02-05T14:10:00Z',
    author: 'priya',
    write: files(
      'README.md',
      '.gitignore',
      '.env.example',
      'go.mod',
      'docker-compose.yml',
      'services/scheduling/main.go',
      'services/scheduling/config.go',
      'services/scheduling/config.yaml',
      'db/migrations/0001_init.sql',
      'db/migrations/0002_seed_clinician.sql',
    ),
  },
  {
    message: 'video service: twilio access tokens, vonage session stub',
    date: '2024-02-14T17:45:00Z',
    author: 'priya',
    write: files('services/video/twilio.go', 'services/video/config.go', 'services/video/vonage.go', 'services/video/.env'),
  },
  {
    message: 'billing: stripe copays + webhook',
    date: '2024-02-22T11:20:00Z',
    author: 'priya',
    write: files('services/billing/config.go', 'services/billing/stripe.go', 'services/billing/billing_test.go', 'services/billing/testdata/webhook_event.json'),
  },
  {
    message: 'infra: terraform (rds, s3, kms, healthlake, cognito), terragrunt live, k8s + argo cd, sops, ci',
    date: '2024-03-04T10:30:00Z',
    author: 'marcus',
    write: files(
      'infra/terraform/main.tf',
      'infra/terraform/variables.tf',
      'infra/terraform/prod.tfvars',
      'infra/terragrunt/root.hcl',
      'infra/terragrunt/prod/healthlake/terragrunt.hcl',
      '.sops.yaml',
      'infra/sops/ci-age-key.txt',
      'k8s/base/deployment.yaml',
      'k8s/overlays/prod/secrets.enc.yaml',
      'k8s/overlays/staging/secrets.yaml',
      'argocd/repo-creds.yaml',
      'argocd/app-scheduling.yaml',
      '.github/workflows/ci.yml',
      'infra/terragrunt/staging/terragrunt.hcl',
      'k8s/overlays/staging/datadog-secret.yaml',
    ),
  },
  {
    message: 'ehr: epic/cerner backend services client, redox, health gorilla; healthlake backfill script',
    date: '2024-03-11T16:05:00Z',
    author: 'priya',
    write: files(
      'services/ehr/epic_client.go',
      'services/ehr/config.yaml',
      'services/ehr/keys/epic-nonprod.pem',
      'services/ehr/keys/jwks.json',
      'services/ehr/redox.go',
      'services/ehr/testdata/patient.json',
      'scripts/healthlake-import.py',
      'docs/ehr-onboarding.md',
    ),
  },
  {
    message: 'ios: app config, firebase, xcconfigs, constants',
    date: '2024-03-25T09:40:00Z',
    author: 'lena',
    write: files('ios/Carebridge/Info.plist', 'ios/Carebridge/GoogleService-Info.plist', 'ios/Config/Release.xcconfig', 'ios/Config/Debug.xcconfig', 'ios/Carebridge/Constants.swift', 'ios/fastlane/Appfile', 'ios/fastlane/Fastfile'),
  },
  {
    message: 'android: release signing, firebase, cognito config',
    date: '2024-04-02T13:15:00Z',
    author: 'lena',
    write: files('android/gradle.properties', 'android/local.properties', 'android/app/google-services.json', 'android/app/src/main/java/health/carebridge/patient/ApiConfig.kt'),
  },
  {
    message: 'admin console: env files, webpack, cognito sign-in, audit export, i18n',
    date: '2024-04-10T15:50:00Z',
    author: 'lena',
    write: files('admin/.env', 'admin/.env.production', 'admin/webpack.config.js', 'admin/src/api/client.ts', 'admin/src/i18n/en.json', 'admin/.npmrc'),
  },
  {
    message: 'datadog agent values, pagerduty services, on-call runbook, staging restore script',
    date: '2024-04-18T18:30:00Z',
    author: 'marcus',
    write: files('ops/datadog/values.yaml', 'ops/pagerduty/services.tf', 'docs/oncall.md', 'scripts/db-restore.sh', 'scripts/cognito-token.sh', 'docs/api/admin.http'),
  },
  {
    message:
      'stop committing credentials: drop video .env and the ci age key, empty prod.tfvars, ignore .env\n\nAll of them rotated today. CI now decrypts with the new recipient «age_pub#ci2» (identity in the GitHub environment). ⟦D msg-agepub⟧\nVideo config no longer has defaults for the Twilio key.',
    date: '2024-04-24T08:55:00Z',
    author: 'marcus',
    remove: ['services/video/.env', 'infra/sops/ci-age-key.txt'],
    write: {
      '.gitignore': tpl('.gitignore', 'v2'),
      'infra/terraform/prod.tfvars': tpl('infra/terraform/prod.tfvars', 'v2'),
      'services/video/config.go': tpl('services/video/config.go', 'v2'),
    },
  },
  {
    message:
      'ehr: rotate epic non-prod key (kid 2024-05), redox and health gorilla secrets from env, backfill via sso\n\nRedox sandbox secret for anyone who needs to curl it today: «redox_secret#redox-new» ⟦S msg-redox⟧',
    date: '2024-05-02T12:00:00Z',
    author: 'priya',
    remove: ['services/ehr/keys/epic-nonprod.pem'],
    write: {
      'services/ehr/config.yaml': tpl('services/ehr/config.yaml', 'v2'),
      'scripts/healthlake-import.py': tpl('scripts/healthlake-import.py', 'v2'),
    },
  },
  {
    message: 'postmortem for the 05-14 video outage; BAA checklist',
    date: '2024-05-16T20:10:00Z',
    author: 'priya',
    write: files('docs/postmortems/2024-05-14-video-outage.md', 'docs/baa-checklist.md'),
  },
  {
    message: 'vonage fallback with application jwt (wip, for the friday demo)',
    date: '2024-05-20T16:40:00Z',
    author: 'lena',
    branch: 'feature/vonage-fallback',
    write: { 'services/video/vonage.go': tpl('services/video/vonage.go', 'v2'), ...files('services/video/vonage_private.go') },
  },
  {
    message:
      'argo cd: deploy notifications to #deploys\n\nWebhook for testing by hand until it is in the notifications secret: «slack_hook#deploys» ⟦S msg-slack⟧',
    date: '2024-05-22T10:25:00Z',
    author: 'marcus',
    write: files('scripts/notify-deploy.sh'),
  },
];
