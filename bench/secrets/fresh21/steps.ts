/**
 * The history of the twenty-first fresh repository ("Open Harbor", a nonprofit's digital team). About a third of the
 * planted secrets live only in history: a settings.local.php and an ETL `.env` committed and later removed (clasp's
 * `.clasprc.json` is added to .gitignore but stays tracked, as happens), Salesforce and warehouse credentials moved
 * from etl/config.py to the environment, the Drupal database password and hash salt replaced by env/file reads, a
 * shared WordPress password in the onboarding doc replaced by a Bitwarden pointer, an Apps Script seed token replaced
 * by a placeholder, an unmerged branch with Stripe test keys, and one token that only appeared in a commit message.
 *
 * Templates live as plain text in bench/secrets/fresh21/corpus-files/<repo path>[@vN].tpl (read at run time):
 * «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧ line labels, as in the sixth bench. Commit messages use the same
 * syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'priya' | 'tomas' | 'sam' };

export const AUTHORS = {
  priya: { name: 'Priya Raman', email: 'priya@openharbor.org' },
  tomas: { name: 'Tomás Ferreira', email: 'tomas@openharbor.org' },
  sam: { name: 'Sam Okafor', email: 'sam.okafor@volunteers.openharbor.org' },
} as const;

const { files, tpl } = corpusFiles('fresh21');

export const STEPS: Step[] = [
  {
    message: 'drupal 10 site: composer project, lando, settings',
    date: '2023-09-04T14:10:00Z',
    author: 'priya',
    write: files(
      'README.md',
      '.gitignore',
      '.lando.yml',
      'composer.json',
      'composer.lock',
      'web/sites/default/settings.php',
      'web/sites/default/settings.local.php',
      'web/sites/default/example.settings.local.php',
      'web/sites/default/services.yml',
    ),
  },
  {
    message: 'civicrm 5.69 installed, spanish user mails',
    date: '2023-09-12T10:45:00Z',
    author: 'priya',
    write: files('web/sites/default/civicrm.settings.php', 'config/sync/language/es/user.mail.yml'),
  },
  {
    message: 'donor etl: salesforce npsp -> warehouse + mailchimp, airtable volunteer hours',
    date: '2023-10-02T17:30:00Z',
    author: 'tomas',
    write: files(
      'etl/requirements.txt',
      'etl/config.py',
      'etl/.env',
      'etl/.env.example',
      'etl/sync_donors.py',
      'etl/mailchimp_sync.py',
      'etl/airtable_volunteers.py',
      'etl/tests/fixtures/donors.csv',
    ),
  },
  {
    message: 'apps script projects under clasp: gift receipts, volunteer shifts form',
    date: '2023-10-16T09:20:00Z',
    author: 'tomas',
    write: {
      ...files('apps-script/gift-receipts/.clasp.json', 'apps-script/gift-receipts/.clasprc.json', 'apps-script/gift-receipts/appsscript.json', 'apps-script/gift-receipts/src/Code.gs'),
      'apps-script/volunteer-shifts/src/Code.gs': tpl('apps-script/volunteer-shifts/src/Code.gs', 'v0'),
    },
  },
  {
    message: 'oh_donate module: stripe checkout + paypal, contributions into civicrm',
    date: '2023-11-02T19:05:00Z',
    author: 'priya',
    write: files(
      'config/sync/oh_donate.settings.yml',
      'config/sync/oh_donate.messages.yml',
      'web/modules/custom/oh_donate/oh_donate.info.yml',
      'web/modules/custom/oh_donate/oh_donate.install',
      'web/modules/custom/oh_donate/src/StripeKeys.php',
      'web/modules/custom/oh_donate/src/PayPalClient.php',
      'web/modules/custom/oh_donate/tests/src/Kernel/WebhookTest.php',
    ),
  },
  {
    message: 'harbor lights campaign microsite (wordpress) + onboarding page for volunteers',
    date: '2023-11-14T21:40:00Z',
    author: 'sam',
    write: files(
      'campaign/wp-config.php',
      'campaign/.htaccess',
      'campaign/wp-content/themes/harborlights/functions.php',
      'campaign/wp-content/themes/harborlights/header.php',
      'docs/volunteer-onboarding.md',
    ),
  },
  {
    message: 'vps1: crontab, nightly backups to b2, bigquery export for the board dashboard, zapier export for reference',
    date: '2023-12-04T16:40:00Z',
    author: 'tomas',
    write: files('ops/crontab', 'ops/backup.sh', 'etl/credentials/warehouse-sa.json', 'etl/bigquery_export.py', 'zapier/zapier-export.json'),
  },
  {
    message: 'stripe test mode settings for local dev',
    date: '2023-12-09T13:15:00Z',
    author: 'sam',
    branch: 'sam/stripe-test-mode',
    write: files('web/sites/default/settings.stripe-test.php', 'docs/stripe-test-mode.md'),
  },
  {
    message:
      'remove settings.local.php and etl/.env from git, ignore .clasprc.json\n\nThey should never have been committed; everything in them was rotated the same day. ⟦D msg-rotated⟧',
    date: '2024-01-08T08:50:00Z',
    author: 'priya',
    remove: ['web/sites/default/settings.local.php', 'etl/.env'],
    write: { '.gitignore': tpl('.gitignore', 'v2'), 'README.md': tpl('README.md', 'v2') },
  },
  {
    message:
      'etl: read every credential from the environment\n\nNew Salesforce token is in Bitwarden. If the nightly run fails before vps1 has it, it is SF_SECURITY_TOKEN=«sf_token#new» ⟦S msg-sf-token⟧',
    date: '2024-01-09T11:25:00Z',
    author: 'tomas',
    write: { 'etl/config.py': tpl('etl/config.py', 'v2'), 'apps-script/volunteer-shifts/src/Code.gs': tpl('apps-script/volunteer-shifts/src/Code.gs') },
  },
  {
    message: 'drupal: db password and hash salt from the server, not the repo; runbook; deploy from github actions',
    date: '2024-01-22T15:00:00Z',
    author: 'priya',
    write: {
      'web/sites/default/settings.php': tpl('web/sites/default/settings.php', 'v2'),
      'docs/runbook.md': tpl('docs/runbook.md'),
      '.github/workflows/deploy.yml': tpl('.github/workflows/deploy.yml'),
    },
  },
  {
    message: 'onboarding: point to bitwarden for the WP login, add zoom webinars account',
    date: '2024-02-05T18:30:00Z',
    author: 'sam',
    write: { 'docs/volunteer-onboarding.md': tpl('docs/volunteer-onboarding.md', 'v2') },
  },
];
