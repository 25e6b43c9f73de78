/**
 * Sixth fresh-repository bench (issue 14: "a repository that you do not see"): the held-out figure. Not a test: it
 * prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh6.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Quillmate", a solo founder's AI-built SaaS MVP: a
 * Next.js App Router app with Supabase (config.toml, edge functions, migrations) and Prisma, Stripe billing, OpenAI
 * and Anthropic calls, a Python FastAPI worker, Vercel config and crons, a GitHub Actions deploy, Docker Compose for
 * local dev, a README and docs/ partly written by an AI assistant (setup steps with example env values), seed
 * scripts, Playwright tests, `.cursor/rules` and `.github/copilot-instructions.md`, an `.env.local` committed once and
 * removed, webhook handlers with signing secrets, a cron route with a shared secret, an admin route with a hard-coded
 * token, a JWT secret fallback, Google/GitHub/Discord OAuth secrets, Resend, a Cloudflare R2 key pair, Upstash Redis,
 * Postgres URLs with passwords, PostHog and Sentry config, translations and UI strings, and secrets only in commit
 * messages. The templates are in bench/secrets/fresh6/corpus-files/ (plain text, read at run time). It was written by
 * a sixth author without reading launchready's rules, engine, tests, docs of what the scanner handles, or the
 * earlier corpora's templates, and nobody tunes on it: it is run once at the end, and its misses and false
 * positives are listed only with --list.
 *
 * Labels and scoring are the fifth bench's (bench/secrets/fresh5.ts): `secret` lines must get a fail or warn
 * finding on their file and line (history-only ones at the commit that introduced them), `decoy` lines and
 * unlabelled lines must not. Commit messages carry labels too (file `COMMIT_MSG`, line within the message,
 * location.commit = that commit). Recall and precision are printed for the tree scan and the `--history` scan, at
 * any severity and at medium or above. --keep leaves the generated repository (path printed); --build-only builds it
 * and prints the counts without running launchready; --cli runs another build's bin/launchready.js.
 *
 * The builder and scorer are bench/secrets/fresh-driver.ts, shared with the other fresh benches.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh6/gen.js';
import { AUTHORS, STEPS } from './fresh6/steps.js';

runFresh({
  slug: 'fresh6',
  ordinal: 'sixth',
  identity: { name: 'Quillmate', email: 'maya@quillmate.io' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
