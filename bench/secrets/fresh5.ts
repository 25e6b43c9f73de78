/**
 * Fifth fresh-repository bench (issue 14: "a repository that you do not see"): the held-out figure. Not a test: it
 * prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh5.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Munchly", a food-delivery start-up's mobile back end: a
 * NestJS API (TypeScript, Postgres via Prisma, Redis and BullMQ queues, Stripe Connect payouts to restaurants and
 * couriers, Twilio SMS and Verify, Firebase Cloud Messaging, Google Maps, OneSignal, Algolia, RevenueCat), a React
 * Native courier/customer app (Expo, EAS, fastlane), Retool and Appsmith admin-panel exports, Docker Compose, GitHub
 * Actions, Render/Fly/Heroku config, a kubeconfig, registry credential files (.npmrc, .yarnrc.yml, .pypirc,
 * pip.conf, Docker config.json, .gem/credentials, composer auth.json), SSH/TLS/PGP keys (one encrypted, with its
 * passphrase beside it), a HAR file, Postman and Insomnia exports, a Jupyter notebook with outputs, curl/httpie/wget
 * snippets in docs, seed data, tests with live credentials, a .env committed then removed, keys rotated in place, a
 * secret moved between files, a long-lived branch with several commits, and secrets only in commit messages. The
 * templates are in bench/secrets/fresh5/corpus-files/ (plain text, read at run time). It was written by a fifth
 * author without reading launchready's rules, engine, tests, docs of what the scanner handles, or the earlier
 * corpora's templates, and nobody tunes on it: it is run once at the end, and its misses and false positives are
 * listed only with --list.
 *
 * Labels and scoring are the fourth bench's (bench/secrets/fresh4.ts): `secret` lines must get a fail or warn
 * finding on their file and line (history-only ones at the commit that introduced them), `decoy` lines and
 * unlabelled lines must not. Commit messages carry labels too; the scanner reports a finding in a message as file
 * `COMMIT_MSG`, line = line within the message (subject = 1) and location.commit = that commit, and such an item is
 * matched on exactly that. Recall and precision are printed for the tree scan and the `--history` scan, at any
 * severity and at medium or above. --keep leaves the generated repository (path printed); --build-only builds it
 * and prints the counts without running launchready; --cli runs another build's bin/launchready.js.
 *
 * The builder and scorer are bench/secrets/fresh-driver.ts, shared with the other fresh benches.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh5/gen.js';
import { AUTHORS, STEPS } from './fresh5/steps.js';

runFresh({
  slug: 'fresh5',
  ordinal: 'fifth',
  identity: { name: 'Munchly', email: 'dev@munchly.app' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
