/**
 * Twenty-first fresh-repository bench (issue 14: "a repository that you do not see"): a held-out figure. Not a test:
 * it prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh21.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Open Harbor", the digital team of a mid-size nonprofit
 * (two staff developers and volunteers): a Drupal site (settings.php, settings.local.php, services.yml), CiviCRM
 * (civicrm.settings.php with site key and DB DSN), a WordPress campaign microsite, Python ETL scripts syncing donors
 * between Salesforce NPSP, Airtable, Mailchimp and a Postgres warehouse, Google Apps Script projects (clasp's
 * .clasprc.json, appsscript.json, Code.gs with PropertiesService fallbacks), Stripe and PayPal donations, a Zapier
 * export, a volunteers' onboarding doc, Google service accounts, a VPS crontab and a README. The templates are in
 * bench/secrets/fresh21/corpus-files/ (plain text, read at run time). It was written by an author who did not read
 * launchready's rules, engine, tests, docs of what the scanner handles, or the earlier corpora's templates, and
 * nobody tunes on it: it is run once, and its misses and false positives are listed only with --list.
 *
 * Labels and scoring are the sixth bench's (bench/secrets/fresh6.ts); the builder and scorer are
 * bench/secrets/fresh-driver.ts, shared with the other fresh benches.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh21/gen.js';
import { AUTHORS, STEPS } from './fresh21/steps.js';

runFresh({
  slug: 'fresh21',
  ordinal: 'twenty-first',
  identity: { name: 'Open Harbor Digital', email: 'digital@openharbor.org' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
