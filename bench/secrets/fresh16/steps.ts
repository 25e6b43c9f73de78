/**
 * The history of the sixteenth fresh repository ("Classnote", an ed-tech start-up's learning platform for schools).
 * About a third of the planted secrets (19 of 59) live only in history: a Rails master key and an `.env.production` committed
 * early and removed, the LTI tool's private key moved into the encrypted credentials, EAS local credentials and a
 * Terraform tfvars file deleted, a SendGrid SMTP password replaced by Postmark from the credentials, a Clever client
 * secret moved to the credentials, a Cloudinary API secret dropped from the Expo config, a Mux secret dropped from
 * Heroku's app.json, a Zoom webhook secret token moved to the environment, an unmerged branch with a Blackboard REST
 * application secret, and two tokens that only ever appeared in commit messages. One `.env` stays tracked although
 * .gitignore names it (nobody ran `git rm --cached`).
 *
 * Templates live as plain text in bench/secrets/fresh16/corpus-files/<repo path>[@vN].tpl (read at run time):
 * «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧ line labels. Commit messages use the same syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'priya' | 'tomas' | 'hannah' };

export const AUTHORS = {
  priya: { name: 'Priya Natarajan', email: 'priya@classnote.io' },
  tomas: { name: 'Tomás Ferreira', email: 'tomas@classnote.io' },
  hannah: { name: 'Hannah Okafor', email: 'hannah@classnote.io' },
} as const;

const { files, tpl } = corpusFiles('fresh16');

export const STEPS: Step[] = [
  {
    message: 'rails 7.1 api skeleton: districts, schools, classrooms, users; heroku review apps',
    date: '2024-01-15T10:04:00Z',
    author: 'priya',
    write: files(
      'README.md',
      '.gitignore',
      'Makefile',
      'Procfile',
      'app.json',
      'docker-compose.yml',
      'api/.env.example',
      'api/config/database.yml',
      'api/config/master.key',
      'api/config/credentials.yml.enc',
      'api/config/storage.yml',
      'api/db/seeds.rb',
    ),
  },
  {
    message: 'sidekiq, mail via sendgrid, parent sms via twilio, algolia lesson search, intercom, cloudinary thumbnails',
    date: '2024-01-29T16:22:00Z',
    author: 'priya',
    write: files(
      'api/.env.production',
      'api/app/jobs/parent_sms_job.rb',
      'api/config/cloudinary.yml',
      'api/config/environments/production.rb',
      'api/config/initializers/algolia.rb',
      'api/config/initializers/intercom.rb',
      'api/config/initializers/sidekiq.rb',
      'api/config/initializers/twilio.rb',
    ),
  },
  {
    message: 'LTI 1.3 tool: oidc login, launch, deep linking, jwks; canvas cloud + moodle northfield + blackboard',
    date: '2024-02-12T09:47:00Z',
    author: 'priya',
    write: files(
      'api/config/initializers/lti.rb',
      'api/config/lti/platforms.yml',
      'api/config/lti/tool_private_key.pem',
      'api/lib/tasks/lti.rake',
      'api/public/.well-known/jwks.json',
      'docs/onboarding/canvas-lti.md',
    ),
  },
  {
    message: 'mobile: expo app for teachers and students (login, class list, photo hand-in), eas build + update',
    date: '2024-02-26T14:30:00Z',
    author: 'tomas',
    write: files(
      '.github/workflows/mobile.yml',
      'mobile/.env',
      'mobile/app.config.js',
      'mobile/credentials.json',
      'mobile/eas.json',
      'mobile/google-services.json',
      'mobile/src/api/client.ts',
      'mobile/src/i18n/es.json',
      'mobile/store/app-review.md',
    ),
  },
  {
    message: 'live lessons: zoom server-to-server app + webhooks, teams meetings through graph',
    date: '2024-03-11T11:15:00Z',
    author: 'priya',
    write: files(
      'api/app/controllers/webhooks/zoom_controller.rb',
      'api/app/services/teams_meeting.rb',
      'api/app/services/zoom_client.rb',
      'api/spec/requests/webhooks/zoom_spec.rb',
    ),
  },
  {
    message: 'terraform for s3 + grader rds + heroku config, ci, release script',
    date: '2024-03-25T17:05:00Z',
    author: 'hannah',
    write: files(
      '.github/workflows/ci.yml',
      'infra/terraform/.terraform.lock.hcl',
      'infra/terraform/main.tf',
      'infra/terraform/terraform.tfvars',
      'infra/terraform/variables.tf',
      'scripts/heroku_release.sh',
    ),
  },
  {
    message: 'grader service: fastapi + rubric feedback drafts with gpt-4o-mini, signed requests from the api',
    date: '2024-04-08T13:40:00Z',
    author: 'priya',
    write: files('.vscode/launch.json', 'grader/.env', 'grader/app/llm.py', 'grader/app/settings.py', 'grader/requirements.txt', 'grader/tests/test_rubric.py'),
  },
  {
    message: 'rostering: clever + classlink sso, google classroom sync, csv import sample, district onboarding doc',
    date: '2024-04-22T10:10:00Z',
    author: 'hannah',
    write: files(
      'api/app/services/google_classroom.rb',
      'api/config/google/classroom-sa.json',
      'api/config/initializers/omniauth.rb',
      'api/spec/fixtures/files/roster_sample.csv',
      'docs/onboarding/district-setup.md',
      'scripts/roster_sync.sh',
    ),
  },
  {
    message: 'grader: rubric v3 eval notebook and log, run it on ecs with secrets manager',
    date: '2024-05-02T15:55:00Z',
    author: 'priya',
    write: files('grader/logs/eval-2024-05-02.log', 'grader/notebooks/rubric_eval.ipynb', 'infra/terraform/grader.tf'),
  },
  {
    message: 'support: macro library (the intercom saved replies, versioned here)',
    date: '2024-05-06T08:30:00Z',
    author: 'hannah',
    write: files('support/macros.md'),
  },
  {
    message:
      'security clean-up before the district security review\n\nRemoved master.key, api/.env.production, the LTI private key, mobile/credentials.json and tfvars from the repo;\nthey are in 1Password / Rails credentials / EAS now. Mail moves to Postmark; clever secret to credentials. ⟦D msg-cleanup⟧\nTwilio auth token was rotated too: heroku config:set TWILIO_AUTH_TOKEN=«twilio_token#rotated» -a classnote-api ⟦S msg-twilio⟧',
    date: '2024-05-13T18:45:00Z',
    author: 'priya',
    remove: ['api/config/master.key', 'api/.env.production', 'api/config/lti/tool_private_key.pem', 'mobile/credentials.json', 'infra/terraform/terraform.tfvars'],
    write: {
      '.gitignore': tpl('.gitignore', 'v2'),
      'api/config/environments/production.rb': tpl('api/config/environments/production.rb', 'v2'),
      'api/config/initializers/lti.rb': tpl('api/config/initializers/lti.rb', 'v2'),
      'api/config/initializers/omniauth.rb': tpl('api/config/initializers/omniauth.rb', 'v2'),
      'mobile/app.config.js': tpl('mobile/app.config.js', 'v2'),
    },
  },
  {
    message: 'zoom: webhook secret token from ENV\n\nRotated in the Zoom marketplace; the new token «zoom_whsec#new» is set as ZOOM_WEBHOOK_SECRET_TOKEN on Heroku. ⟦S msg-zoom⟧',
    date: '2024-05-14T09:20:00Z',
    author: 'priya',
    write: { 'api/app/controllers/webhooks/zoom_controller.rb': tpl('api/app/controllers/webhooks/zoom_controller.rb', 'v2') },
  },
  {
    message: 'WIP blackboard REST app for grade pass-back on Learn Original',
    date: '2024-05-20T16:00:00Z',
    author: 'tomas',
    branch: 'feature/blackboard-rest',
    write: files('api/config/lti/blackboard.yml'),
  },
  {
    message: 'mux for lesson videos; app.json without the mux secret; README: where secrets live',
    date: '2024-05-27T12:35:00Z',
    author: 'hannah',
    write: {
      'api/app/services/mux_uploader.rb': tpl('api/app/services/mux_uploader.rb'),
      'app.json': tpl('app.json', 'v2'),
      'README.md': tpl('README.md', 'v2'),
    },
  },
  {
    message: 'feedback replies by email (postmark inbound), server-side segment events, classlink saml idp cert',
    date: '2024-06-03T10:50:00Z',
    author: 'priya',
    write: files('api/app/controllers/webhooks/postmark_inbound_controller.rb', 'api/config/initializers/segment.rb', 'api/config/saml/classlink-idp.crt'),
  },
];
