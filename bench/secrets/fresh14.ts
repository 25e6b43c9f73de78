/**
 * Fourteenth fresh-repository bench (issue 14: "a repository that you do not see"): a held-out figure. Not a test:
 * it prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh14.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Pixelforge", a 12-person indie studio's live-service
 * monorepo for its mobile/PC multiplayer game Skyraid: Unity client settings and build scripts (Epic Online Services,
 * Photon, PlayFab, Unity Gaming Services and Cloud Build, Addressables, signed saves, Sentry/Backtrace), fastlane for
 * App Store Connect and Google Play, a Go dedicated server on Agones/GKE (Helm values, Kubernetes Secrets and
 * manifests), Nakama with TypeScript and Lua runtime modules, Redis and Postgres, a Node web shop and account portal
 * (Stripe, Xsolla on an unmerged branch, Auth0), a Discord bot and a Twitch extension backend, Jenkins (pipeline,
 * configuration as code, an inbound agent) with Perforce and Git LFS configuration, a Python analytics pipeline into
 * BigQuery with Steamworks partner stats, a MediaWiki export, an on-call runbook, patch-notes drafts and a README.
 * The templates are in bench/secrets/fresh14/corpus-files/ (plain text, read at run time). It was written by a
 * fourteenth author without reading launchready's rules, engine, tests, docs of what the scanner handles, or the
 * earlier corpora's templates, and nobody tunes on it: it is run once, and its misses and false positives are
 * listed only with --list.
 *
 * Labels and scoring are the shared driver's (bench/secrets/fresh-driver.ts): `secret` lines must get a fail or
 * warn finding on their file and line (history-only ones at the commit that introduced them), `decoy` lines and
 * unlabelled lines must not. Commit messages carry labels too (file `COMMIT_MSG`). --keep leaves the generated
 * repository (path printed); --build-only builds it and prints the counts without running launchready; --cli runs
 * another build's bin/launchready.js.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh14/gen.js';
import { AUTHORS, STEPS } from './fresh14/steps.js';

runFresh({
  slug: 'fresh14',
  ordinal: 'fourteenth',
  identity: { name: 'Pixelforge', email: 'dev@pixelforge.games' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
