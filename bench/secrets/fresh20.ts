/**
 * Twentieth fresh-repository bench (issue 14: "a repository that you do not see"): a held-out figure. Not a test: it
 * prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh20.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Homestead", a proptech rental marketplace of a six-person
 * team: a Django + Celery back end (settings/base.py, settings/production.py, local_settings.py, django-environ), a
 * Vue 3 front end with Vite .env files, DocuSign (JWT grant with an RSA private key), Stripe Connect, Twilio, Google
 * Maps and Mapbox, an MLS/RETS client and a listing-syndication FTP feed, Salesforce (username + password + security
 * token, connected-app consumer key/secret), HubSpot, Mailgun, S3 and CloudFront signed URLs, Cloudflare, Sentry,
 * GitLab CI, Ansible, Kubernetes manifests, a management command seeding landlord accounts, an ops notebook and a
 * README. The templates are in bench/secrets/fresh20/corpus-files/ (plain text, read at run time). It was written by
 * an author who did not read launchready's rules, engine, tests or the earlier corpora's templates, and nobody tunes
 * on it: it is run once, and its misses and false positives are listed only with --list.
 *
 * Labels and scoring are the sixth bench's (bench/secrets/fresh6.ts); the builder and scorer are
 * bench/secrets/fresh-driver.ts, shared with the other fresh benches.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh20/gen.js';
import { AUTHORS, STEPS } from './fresh20/steps.js';

runFresh({
  slug: 'fresh20',
  ordinal: 'twentieth',
  identity: { name: 'Homestead', email: 'dev@homestead-rentals.com' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
