/**
 * Third fresh-repository bench (issue 14: "a repository that you do not see"): the held-out figure. Not a test: it
 * prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh3.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Swapnest", a two-founder second-hand marketplace built
 * fast with AI assistants (a Next.js/Supabase/Stripe web app, an Express API with Prisma, a Python scraper, a Flutter
 * app, a Chrome extension, a WordPress marketing site, Firebase functions, a Cloudflare Worker, Supabase edge
 * functions, Vercel/Netlify/Fly/Render config, GitHub Actions with inline secrets, a Makefile and a Procfile,
 * Postman/Insomnia/Bruno/Thunder collections, VS Code and JetBrains settings, founders' notes and to-do lists with
 * pasted keys, AI prompt and agent files, logs and a crash dump, backups, dotenvx and dotenv-vault files) from the
 * templates in bench/secrets/fresh3/. It was written by a third author without reading launchready's rules, its
 * tests or the first two fresh corpora's templates, and nobody tunes on it: the whole corpus is held out, and its
 * misses and false positives are listed only with --list (for the end of a measurement, never for tuning).
 *
 * Labels, scoring and scans are the earlier fresh benches' (bench/secrets/fresh2.ts): `secret` lines must get a fail
 * or warn finding on their file and line (history-only ones at the commit that introduced them), `decoy` lines and
 * unlabelled lines must not; recall and precision are printed for the tree scan and the `--history` scan, at any
 * severity and at medium or above. --keep leaves the generated repository (path printed); --build-only builds it
 * and prints the counts without running launchready; --cli runs another build's bin/launchready.js.
 *
 * The builder and scorer are bench/secrets/fresh-driver.ts, shared with the other fresh benches.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh3/gen.js';
import { AUTHORS, STEPS } from './fresh3/steps.js';

runFresh({
  slug: 'fresh3',
  ordinal: 'third',
  identity: { name: 'Swapnest', email: 'founders@swapnest.app' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
  messageLabels: false,
});
