/**
 * The history of the seventh fresh repository ("Hafenlog", a logistics company's B2B customer portal). About a quarter
 * of the planted secrets live only in history: a Rails master key and an `.env.production` committed early and
 * removed, a Go relay's `.env` removed the same way, a Capistrano repo URL with a GitHub token replaced by an SSH URL,
 * an S3 backup script whose AWS keys were replaced by Backblaze B2 keys, an invoice module's SMTP password moved to
 * the environment, a Postman environment file deleted, and one token that only ever appeared in a commit message.
 *
 * Templates live as plain text in bench/secrets/fresh7/corpus-files/<repo path>[@vN].tpl (read at run time):
 * «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧ line labels, as in the sixth bench. Commit messages use the same
 * syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'jonas' | 'elif' };

export const AUTHORS = {
  jonas: { name: 'Jonas Petersen', email: 'jonas@hafenlog.de' },
  elif: { name: 'Elif Kaya', email: 'elif.kaya@hafenlog.de' },
} as const;

const { files, tpl } = corpusFiles('fresh7');

export const STEPS: Step[] = [
  {
    message: 'rails 7.1 portal skeleton: shipments, customers, postgres, active storage on wasabi',
    date: '2024-02-05T09:12:00Z',
    author: 'jonas',
    write: {
      ...files('README.md', '.gitignore', '.env.sample', 'config/master.key', 'config/credentials.yml.enc', 'config/database.yml', 'config/storage.yml'),
      ...files('Gemfile.lock', 'config/locales/de.yml', 'config/locales/en.yml', 'db/seeds.rb', 'test/fixtures/users.yml', 'docker-compose.yml'),
    },
  },
  {
    message: 'devise + google sso for staff, sidekiq, sentry, smtp via mailgun, slack alerts for delays',
    date: '2024-02-19T15:40:00Z',
    author: 'jonas',
    write: files(
      'config/initializers/devise.rb',
      'config/initializers/omniauth.rb',
      'config/initializers/sentry.rb',
      'config/initializers/sidekiq.rb',
      'config/environments/production.rb',
      'config/routes.rb',
      'app/services/slack_notifier.rb',
      'app/controllers/webhooks_controller.rb',
    ),
  },
  {
    message: 'first production deploy with capistrano; nightly backup to s3; ci',
    date: '2024-03-04T18:05:00Z',
    author: 'jonas',
    write: files('.env.production', 'config/deploy.rb', '.github/workflows/ci.yml', 'Dockerfile', 'scripts/backup.sh'),
  },
  {
    message: 'go webhook relay for carrier tracking events; import legacy invoice module (php)',
    date: '2024-03-12T11:30:00Z',
    author: 'elif',
    write: files('relay/main.go', 'relay/config.yaml', 'relay/go.sum', 'relay/.env', 'legacy/invoice/config.php', 'legacy/invoice/render.php'),
  },
  {
    message: 'driver app (flutter): login, scan, proof-of-delivery photo upload',
    date: '2024-03-20T08:55:00Z',
    author: 'elif',
    write: files(
      'driver_app/lib/config.dart',
      'driver_app/lib/firebase_options.dart',
      'driver_app/android/key.properties',
      'driver_app/lib/l10n/app_de.arb',
      'driver_app/pubspec.lock',
    ),
  },
  {
    message: 'remove master.key, .env.production and relay/.env from the repo\n\nThey were never meant to be committed. Keys rotated; production reads ENV["SECRET_KEY_BASE"] now. ⟦D msg-env⟧',
    date: '2024-03-21T07:10:00Z',
    author: 'jonas',
    remove: ['config/master.key', '.env.production', 'relay/.env'],
    write: { '.gitignore': tpl('.gitignore', 'v2') },
  },
  {
    message: 'move to hetzner: terraform, kamal, caddy in front of staging and metabase, manual deploy script for relay',
    date: '2024-04-08T16:20:00Z',
    author: 'jonas',
    write: files(
      'deploy/deploy.sh',
      'deploy/keys/hafenlog_deploy',
      'deploy/keys/hafenlog_deploy.pub',
      'deploy/known_hosts',
      'Caddyfile',
      'terraform/variables.tf',
      'terraform/main.tf',
      '.kamal/secrets',
      'config/deploy.yml',
    ),
  },
  {
    message: 'api keys for customers, postman collection, grafana provisioning, metabase, google workspace calendar sync',
    date: '2024-04-22T13:45:00Z',
    author: 'elif',
    write: files(
      'postman/portal-api.postman_collection.json',
      'postman/production.postman_environment.json',
      'grafana/provisioning/datasources/portal.yaml',
      'grafana/provisioning/notifiers/slack.yaml',
      'metabase/metabase.env',
      'config/google/workspace-sa.json',
      'app/models/api_key.rb',
      'app/views/api_keys/index.html.erb',
      'docs/api.md',
    ),
  },
  {
    message: 'backups to backblaze b2 instead of s3; capistrano over ssh; invoice smtp password from env',
    date: '2024-05-06T10:00:00Z',
    author: 'jonas',
    write: {
      'scripts/backup.sh': tpl('scripts/backup.sh', 'v1'),
      'config/deploy.rb': tpl('config/deploy.rb', 'v2'),
      'legacy/invoice/config.php': tpl('legacy/invoice/config.php', 'v2'),
    },
  },
  {
    message: 'drop the production postman environment (tokens belong in the vault)',
    date: '2024-05-07T09:30:00Z',
    author: 'elif',
    remove: ['postman/production.postman_environment.json'],
  },
  {
    message:
      'terraform: tfvars for the new hetzner project\n\nThe old project is deleted; its token was «hcloud#old-project» in case anything still uses it. ⟦S msg-hcloud⟧\nSee README for plan/apply.',
    date: '2024-05-15T19:25:00Z',
    author: 'jonas',
    write: { 'terraform/terraform.tfvars': tpl('terraform/terraform.tfvars'), 'README.md': tpl('README.md', 'v2') },
  },
];
