/**
 * Seventh fresh-repository bench (issue 14: "a repository that you do not see"): the held-out figure. Not a test: it
 * prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh7.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Hafenlog", the B2B customer portal of a small logistics
 * company: a Ruby on Rails monolith (encrypted credentials, database.yml, storage.yml, Sidekiq/Devise/OmniAuth/Sentry
 * initializers, SMTP relay settings), a Go webhook relay, a legacy PHP invoice module, a Flutter driver app, shell
 * deploy scripts (scp/rsync/ssh with keys), Capistrano's deploy.rb, Kamal (`.kamal/secrets`, `config/deploy.yml`),
 * Terraform for Hetzner and DigitalOcean, a Caddyfile with basic auth, a Postman collection, Grafana provisioning, a
 * backup script with Backblaze B2 keys, a Slack webhook, Mailgun, a Google Workspace service account, Metabase, and a
 * README with setup notes. The templates are in bench/secrets/fresh7/corpus-files/ (plain text, read at run time).
 * It was written by a seventh author without reading launchready's rules, engine, tests, docs of what the scanner
 * handles, or the earlier corpora's templates, and nobody tunes on it: it is run once at the end, and its misses and
 * false positives are listed only with --list.
 *
 * Labels and scoring are the sixth bench's (bench/secrets/fresh6.ts): `secret` lines must get a fail or warn
 * finding on their file and line (history-only ones at the commit that introduced them), `decoy` lines and
 * unlabelled lines must not. Commit messages carry labels too (file `COMMIT_MSG`, line within the message,
 * location.commit = that commit). Recall and precision are printed for the tree scan and the `--history` scan, at
 * any severity and at medium or above. --keep leaves the generated repository (path printed); --build-only builds it
 * and prints the counts without running launchready; --cli runs another build's bin/launchready.js.
 *
 * The builder and scorer are bench/secrets/fresh-driver.ts, shared with the other fresh benches.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh7/gen.js';
import { AUTHORS, STEPS } from './fresh7/steps.js';

runFresh({
  slug: 'fresh7',
  ordinal: 'seventh',
  identity: { name: 'Hafenlog', email: 'dev@hafenlog.de' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
