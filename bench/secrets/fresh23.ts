/**
 * Fresh-repository bench fresh23 (issue 14: "a repository that you do not see"): a held-out figure. Not a test: it
 * prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh23.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Belegwerk", a two-person German SaaS for small accounting
 * offices written in Go with HTMX: config.toml and .env files, an ELSTER certificate path with its PIN, DATEV OAuth,
 * FinTS/EBICS bank access, Hetzner Cloud and a Storage Box (rsync/sftp with passwords), Caddy, Litestream replicating
 * SQLite to S3-compatible storage, Postmark, Paddle Billing, Plausible, a Makefile, systemd units with Environment=
 * lines, age-encrypted secrets next to a committed age identity, a pre-commit hook, German onboarding e-mail drafts
 * and a README. The templates are in bench/secrets/fresh23/corpus-files/ (plain text, read at run time). It was
 * written by an author who did not read launchready's rules, engine, tests or the other corpora's templates, and
 * nobody tunes on it.
 *
 * Labels and scoring are the sixth bench's: `secret` lines must get a fail or warn finding on their file and line
 * (history-only ones at the commit that introduced them), `decoy` and unlabelled lines must not. The builder and
 * scorer are bench/secrets/fresh-driver.ts.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh23/gen.js';
import { AUTHORS, STEPS } from './fresh23/steps.js';

runFresh({
  slug: 'fresh23',
  ordinal: 'twenty-third',
  identity: { name: 'Belegwerk', email: 'dev@belegwerk.de' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
