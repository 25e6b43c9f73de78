/**
 * Sixteenth fresh-repository bench (issue 14: "a repository that you do not see"): a held-out figure. Not a test: it
 * prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh16.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Classnote", an ed-tech start-up's learning platform sold
 * to schools: a Ruby on Rails API (master key, encrypted credentials, database.yml, storage.yml on S3, Sidekiq,
 * Twilio SMS to parents, SendGrid then Postmark mail, Algolia, Intercom, Cloudinary, Mux), an LTI 1.3 tool for
 * Canvas/Moodle/Blackboard (tool private key, published JWKS, platform client and deployment ids), Zoom
 * Server-to-Server OAuth and webhooks, Microsoft Teams through Graph, Clever/ClassLink/Google rostering SSO and a
 * Google Classroom service account, an Expo / React Native app (app.config.js, eas.json, EAS credentials,
 * google-services.json, App Store review notes), a Python grading service calling an LLM (settings, logs, a
 * notebook), Terraform for AWS and Heroku, GitHub Actions, release and roster scripts, a CSV roster sample, district
 * onboarding docs and a support macro library. The templates are in bench/secrets/fresh16/corpus-files/ (plain text,
 * read at run time). It was written by a sixteenth author without reading launchready's rules, engine, tests, docs
 * of what the scanner handles, or the earlier corpora's templates, and nobody tunes on it: it is run once at the
 * end, and its misses and false positives are listed only with --list.
 *
 * Labels and scoring are the shared driver's: `secret` lines must get a fail or warn finding on their file and line
 * (history-only ones at the commit that introduced them), `decoy` lines and unlabelled lines must not. Commit
 * messages carry labels too (file `COMMIT_MSG`). --keep leaves the generated repository (path printed);
 * --build-only builds it and prints the counts without running launchready; --cli runs another build's
 * bin/launchready.js.
 *
 * The builder and scorer are bench/secrets/fresh-driver.ts, shared with the other fresh benches.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh16/gen.js';
import { AUTHORS, STEPS } from './fresh16/steps.js';

runFresh({
  slug: 'fresh16',
  ordinal: 'sixteenth',
  identity: { name: 'Classnote', email: 'dev@classnote.io' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
