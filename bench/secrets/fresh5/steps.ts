/**
 * The history of the fifth fresh repository ("Munchly", a food-delivery start-up's mobile back end). About a quarter
 * of the planted secrets live only in history: a committed .env removed later, a "security cleanup" commit that
 * deletes a Firebase service-account key, an SSH deploy key, an App Store Connect key and a PGP secret key and
 * rewrites the README without the production URLs; a Twilio token rotated in place and a webhook key moved to another
 * file; a long-lived unmerged branch (feature/courier-app-v2, three commits, one rotating a token in place); and
 * three secrets that only ever appeared in commit messages (the scanner reports those as file COMMIT_MSG, line
 * within the message).
 *
 * Templates live as plain text in bench/secrets/fresh5/corpus-files/<repo path>[@vN].tpl (read at run time from the
 * source tree, so no escaping of `${…}` and backticks is needed): «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧
 * line labels, as in the fourth bench. Commit messages use the same syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'tomasz' | 'ines' | 'kwame' | 'amara' };

export const AUTHORS = {
  tomasz: { name: 'Tomasz Wójcik', email: 'tomasz@munchly.app' },
  ines: { name: 'Inês Carvalho', email: 'ines@munchly.app' },
  kwame: { name: 'Kwame Mensah', email: 'kwame.mensah@users.noreply.github.com' },
  amara: { name: 'Amara Okafor', email: 'amara@munchly.app' },
} as const;

const { files, tpl } = corpusFiles('fresh5');

export const STEPS: Step[] = [
  {
    message: 'NestJS API skeleton: config, field encryption, queues, docker compose, CI',
    date: '2023-10-03T08:12:00Z',
    author: 'tomasz',
    write: files(
      'README.md',
      'api/.env.example',
      'api/src/config/configuration.ts',
      'api/src/crypto/field-encryption.ts',
      'api/src/queues/queues.module.ts',
      'api/package-lock.json',
      'api/Dockerfile',
      'docker-compose.yml',
      '.github/workflows/deploy.yml',
      '.npmrc',
    ),
  },
  {
    message: 'add .env so Ines can run the API against prod data',
    date: '2023-10-05T21:40:00Z',
    author: 'tomasz',
    write: files('api/.env'),
  },
  {
    message: 'payments: Stripe Connect onboarding and split payouts, provider webhooks',
    date: '2023-10-19T15:05:00Z',
    author: 'ines',
    write: files('api/src/payments/stripe.service.ts', 'api/src/payments/__fixtures__/connect-events.ts', 'api/src/webhooks/providers.ts'),
  },
  {
    message: 'notifications: Twilio SMS and Verify, FCM push, e2e suite against the real account',
    date: '2023-11-02T11:30:00Z',
    author: 'ines',
    write: files('api/test/notifications.e2e-spec.ts', 'api/src/notifications/push.service.ts', 'api/credentials/firebase-adminsdk.json', 'api/logs/dispatch-sample.log'),
  },
  {
    message: 'mobile: Expo app, analytics, i18n (pt-BR, ar, zh-Hans, pl), Firebase config, fastlane, EAS workflow',
    date: '2023-11-20T17:45:00Z',
    author: 'kwame',
    write: files(
      'mobile/app.json',
      'mobile/eas.json',
      'mobile/.yarnrc.yml',
      'mobile/src/analytics.ts',
      'mobile/src/i18n/pt-BR.json',
      'mobile/src/i18n/ar.json',
      'mobile/src/i18n/zh-Hans.json',
      'mobile/src/i18n/pl.json',
      'mobile/android/app/google-services.json',
      'mobile/android/gradle.properties',
      'mobile/ios/Munchly/GoogleService-Info.plist',
      'mobile/ios/fastlane/Fastfile',
      'mobile/ios/fastlane/AuthKey.p8',
      '.github/workflows/mobile.yml',
    ),
  },
  {
    message: 'admin: Retool and Appsmith exports, onboarding wiki',
    date: '2023-12-04T09:20:00Z',
    author: 'amara',
    write: files('admin/retool/orders-dashboard.json', 'admin/retool/README.md', 'admin/appsmith/refunds-app.json', 'docs/wiki/onboarding.md'),
  },
  {
    message:
      'infra: Render blueprint, Fly edge, Heroku review apps, GKE pilot kubeconfig, deploy key, edge TLS, release signing\n\nBase image pinned to node:20-alpine@«docker_digest#node-base» (digest from `docker buildx imagetools inspect`).   ⟦D d-msg-digest⟧',
    date: '2023-12-12T19:10:00Z',
    author: 'tomasz',
    write: files(
      'render.yaml',
      'fly.toml',
      'app.json',
      'ops/kube/config',
      'ops/docker/config.json',
      'ops/ssh/deploy_ed25519',
      'ops/ssh/deploy_ed25519.pub',
      'ops/tls/edge.munchly.app.key',
      'ops/tls/edge.munchly.app.crt',
      'ops/tls/README.md',
      'ops/gpg/release-signing.asc',
      'ops/gpg/release-signing.pub.asc',
    ),
  },
  {
    message: 'partners site (Laravel) credentials, data tooling config, dotfiles for the build box',
    date: '2024-01-09T13:00:00Z',
    author: 'ines',
    write: files(
      'marketing/auth.json',
      'marketing/.env.example',
      'marketing/.env',
      'data/.pypirc',
      'data/pip.conf',
      'ops/dotfiles/.gem/credentials',
      'ops/dotfiles/.netrc',
    ),
  },
  {
    message: 'seed ops accounts on deploy, Sign in with Apple/Google, #ops-alerts bot',
    date: '2024-01-22T10:35:00Z',
    author: 'tomasz',
    write: files(
      'api/prisma/seed.ts',
      'api/prisma/migrations/20240301_admins/migration.sql',
      'api/test/fixtures/users.json',
      'api/src/auth/apple.ts',
      'api/src/auth/google.ts',
      'bots/slack/app.ts',
    ),
  },
  {
    message: 'docs: API snippets, Postman and Insomnia exports, HAR of the double-charge bug, courier churn notebook',
    date: '2024-02-06T16:25:00Z',
    author: 'amara',
    write: files(
      'docs/api.md',
      'docs/postman/Munchly.postman_collection.json',
      'docs/insomnia/partners-api.json',
      'docs/har/checkout-double-charge.har',
      'data/notebooks/courier-churn.ipynb',
    ),
  },
  {
    message: 'courier v2: Mapbox navigation and Radar geofences (wip)',
    date: '2024-02-15T22:05:00Z',
    author: 'kwame',
    branch: 'feature/courier-app-v2',
    write: files('mobile/src/courier/config.ts'),
  },
  {
    message:
      'staging: commit the env file so Render preview builds work\n\nThe on-call phone forwards through the staging Twilio subaccount; if SMS stops, its token is\nTWILIO_AUTH_TOKEN=«twilio_token#oncall-sub» (subaccount «twilio_sid#oncall-sub»)   ⟦S s-msg-twilio⟧',
    date: '2024-02-20T18:50:00Z',
    author: 'ines',
    write: files('api/.env.staging'),
  },
  {
    message: 'courier v2: stream GPS fixes to Kinesis',
    date: '2024-03-01T20:15:00Z',
    author: 'kwame',
    branch: 'feature/courier-app-v2',
    write: files('mobile/src/courier/location-upload.ts'),
  },
  {
    message:
      'scripts: payout backfill after the Stripe incident, menu image migration\n\nIncident event: «stripe_obj:evt#incident» (see Stripe status 2024-04-02).   ⟦D d-msg-evt⟧',
    date: '2024-03-11T12:40:00Z',
    author: 'ines',
    write: files('scripts/backfill-payouts.ts', 'scripts/sync-menu-images.sh'),
  },
  {
    message: 'rotate the Twilio auth token; move the tablet webhook key next to its verifier; e2e reads creds from env',
    date: '2024-04-02T09:05:00Z',
    author: 'tomasz',
    write: {
      'api/src/config/configuration.ts': tpl('api/src/config/configuration.ts', 'v2'),
      'api/src/webhooks/signing.ts': tpl('api/src/webhooks/signing.ts'),
      'api/test/notifications.e2e-spec.ts': tpl('api/test/notifications.e2e-spec.ts', 'v2'),
    },
  },
  {
    message: 'security cleanup: remove committed .env, service-account key, deploy key, App Store key, PGP secret key',
    date: '2024-04-15T07:55:00Z',
    author: 'tomasz',
    remove: ['api/.env', 'api/credentials/firebase-adminsdk.json', 'ops/ssh/deploy_ed25519', 'mobile/ios/fastlane/AuthKey.p8', 'ops/gpg/release-signing.asc'],
    write: { 'README.md': tpl('README.md', 'v2') },
  },
  {
    message: 'courier v2: rotate the Mapbox secret token',
    date: '2024-05-06T19:30:00Z',
    author: 'kwame',
    branch: 'feature/courier-app-v2',
    write: { 'mobile/src/courier/config.ts': tpl('mobile/src/courier/config.ts', 'v2') },
  },
  {
    message:
      'ui: publishable @munchly/ui package\n\nCI needs an automation token to publish; I cannot add repo secrets, so for now:\nNPM_TOKEN=«npm#ui-publish»   ⟦S s-msg-npm⟧\nTomasz please move it to the org secrets and revoke this one.',
    date: '2024-05-10T14:20:00Z',
    author: 'kwame',
    write: files('packages/ui/package.json'),
  },
  {
    message:
      'retool: document the apps\n\nRefunds now go through a restricted key (refunds:write only): «rk_live#retool-refunds-v2»   ⟦S s-msg-rk⟧',
    date: '2024-05-14T10:10:00Z',
    author: 'amara',
    write: { 'admin/retool/README.md': tpl('admin/retool/README.md') + '\n- Refunds use a restricted Stripe key since May (configured in the resource, not here).\n' },
  },
];
