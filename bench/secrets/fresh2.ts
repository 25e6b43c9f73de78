/**
 * Second fresh-repository bench (issue 14: "a repository that you do not see"): the unseen figure. Not a test: it
 * prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh2.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Ledgerly", a B2B invoicing SaaS (Rails monolith with
 * Sidekiq, a Laravel portal, a Spring Boot tax engine, an ASP.NET ERP connector, a NestJS gateway, Python data
 * scripts and a notebook, Ansible, Docker, Kubernetes with SOPS and sealed secrets, CircleCI replaced by Bitbucket
 * Pipelines / Jenkins / Azure Pipelines, a Serverless bot, Expo and Electron apps, crontabs, SQL migrations,
 * runbooks, a HAR file and a log, dotfiles copied from an ops laptop) from the templates in bench/secrets/fresh2/.
 * It was written by a second author without reading launchready's rules, its tests or the first fresh corpus's
 * templates, and nobody tunes on it: the whole corpus is held out, and its misses and false positives are listed
 * only with --list (for the end of a measurement, never for tuning).
 *
 * Labels, scoring and scans are the first fresh bench's (bench/secrets/fresh.ts): `secret` lines must get a fail or
 * warn finding on their file and line (history-only ones at the commit that introduced them), `decoy` lines must
 * not; recall and precision are printed for the tree scan and the `--history` scan, at any severity and at medium
 * or above. --keep leaves the generated repository (path printed); --build-only builds it and prints the counts
 * without running launchready; --cli runs another build's bin/launchready.js.
 *
 * The builder and scorer are bench/secrets/fresh-driver.ts, shared with the other fresh benches.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh2/gen.js';
import { AUTHORS, STEPS } from './fresh2/steps.js';

runFresh({
  slug: 'fresh2',
  ordinal: 'second',
  identity: { name: 'Ledgerly', email: 'dev@ledgerly.io' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
  messageLabels: false,
});
