/**
 * The history of the sixth fresh repository ("Quillmate", a solo founder's AI-built SaaS MVP). About a quarter of the
 * planted secrets live only in history: an `.env.local` and a `worker/.env` committed early and removed after a
 * leak-scanner e-mail, an Anthropic key hard-coded in lib/ai.ts and moved to the environment, a GitHub OAuth secret
 * replaced by an env read, a deploy workflow whose Vercel token and database URL moved to repository secrets, a
 * one-off Stripe migration script deleted after its run, and two secrets that only ever appeared in commit messages
 * (the scanner reports those as file COMMIT_MSG, line within the message).
 *
 * Templates live as plain text in bench/secrets/fresh6/corpus-files/<repo path>[@vN].tpl (read at run time from the
 * source tree, so no escaping of `${…}` and backticks is needed): «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧
 * line labels, as in the fifth bench. Commit messages use the same syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'maya' | 'rafael' };

export const AUTHORS = {
  maya: { name: 'Maya Lindqvist', email: 'maya@quillmate.io' },
  rafael: { name: 'Rafael Souza', email: 'rafael.souza.dev@users.noreply.github.com' },
} as const;

const { files, tpl } = corpusFiles('fresh6');

export const STEPS: Step[] = [
  {
    message: 'init: next.js 14 app router + prisma + stripe + openai (scaffolded with v0 and Cursor)',
    date: '2024-04-02T20:14:00Z',
    author: 'maya',
    write: {
      ...files('README.md', '.env.example', 'package-lock.json', 'next.config.js', 'prisma/schema.prisma', 'lib/ai.ts', 'lib/stripe.ts', 'messages/en.json', 'messages/de.json'),
      '.gitignore': 'node_modules\n.next\n.vercel\n',
    },
  },
  {
    message: 'auth (google/github/discord), supabase config, preview basic auth, api tokens',
    date: '2024-04-05T23:41:00Z',
    author: 'maya',
    write: files('.env.local', 'lib/auth.ts', 'supabase/config.toml', 'docs/setup.md', 'middleware.ts', 'lib/jwt.ts'),
  },
  {
    message: 'billing: stripe checkout + webhooks (next route and edge function), pricing page, analytics, sentry',
    date: '2024-04-11T19:02:00Z',
    author: 'maya',
    write: files(
      'app/api/webhooks/stripe/route.ts',
      'supabase/functions/stripe-webhook/index.ts',
      'app/pricing/page.tsx',
      'scripts/stripe-migrate.ts',
      'lib/posthog.ts',
      'sentry.client.config.ts',
      '.sentryclirc',
    ),
  },
  {
    message: 'worker: fastapi embeddings service + docker compose for local dev',
    date: '2024-04-18T21:30:00Z',
    author: 'maya',
    write: files('worker/app/settings.py', 'worker/app/main.py', 'worker/requirements.txt', 'worker/.env', 'docker-compose.yml'),
  },
  {
    message:
      'ci: deploy to vercel from github actions, daily digest cron\n\nIf the VERCEL_TOKEN repo secret disappears again, the CI user token is\n«vercel_token#msg»   ⟦S s-msg-vercel⟧\n(scope: quillmate team only)',
    date: '2024-04-24T08:55:00Z',
    author: 'maya',
    write: files('.github/workflows/deploy.yml', 'vercel.json', 'app/api/cron/daily/route.ts', 'docs/deploy.md', '.npmrc'),
  },
  {
    message: 'remove .env.local and worker/.env from the repo (GitGuardian alert), anthropic key from env',
    date: '2024-04-25T07:12:00Z',
    author: 'maya',
    remove: ['.env.local', 'worker/.env'],
    write: {
      '.gitignore': 'node_modules\n.next\n.vercel\n.env*.local\n.env\nworker/.env\n',
      'lib/ai.ts': tpl('lib/ai.ts', 'v2'),
    },
  },
  {
    message:
      'uploads to R2, rate limiting, emails, admin stats, github sync webhook, digest edge function, vault, seed, backups\n\nMigration «prisma_mig#init»_init applied on prod; Vercel build «next_build#msg».   ⟦D d-msg-build⟧',
    date: '2024-05-12T16:20:00Z',
    author: 'maya',
    write: files(
      'lib/redis.ts',
      'lib/r2.ts',
      'lib/email.ts',
      'app/api/webhooks/resend/route.ts',
      'app/api/webhooks/github/route.ts',
      'app/api/admin/route.ts',
      'supabase/functions/send-digest/index.ts',
      'supabase/migrations/20240512090000_vault.sql',
      'prisma/seed.ts',
      'scripts/backup.sh',
      'messages/ja.json',
      'docs/architecture.md',
    ),
  },
  {
    message: 'e2e tests with playwright, analytics export, discord notifications, demo seed, AI rules files',
    date: '2024-05-20T14:05:00Z',
    author: 'rafael',
    write: files(
      'tests/e2e/checkout.spec.ts',
      'tests/e2e/api.spec.ts',
      'scripts/posthog-export.ts',
      'scripts/discord-notify.ts',
      'scripts/seed-demo.ts',
      '.cursor/rules/project.mdc',
      '.github/copilot-instructions.md',
    ),
  },
  {
    message:
      'hotfix: rotate the database password after the .env leak\n\nNew password (already set in Vercel and the worker): «pwu#msg-db»   ⟦S s-msg-dbpw⟧\nCI reads DIRECT_URL and VERCEL_TOKEN from repo secrets now; github oauth secret from env; drop the migration script.',
    date: '2024-05-27T22:48:00Z',
    author: 'maya',
    remove: ['scripts/stripe-migrate.ts'],
    write: {
      'lib/auth.ts': tpl('lib/auth.ts', 'v2'),
      '.github/workflows/deploy.yml': tpl('.github/workflows/deploy.yml', 'v2'),
    },
  },
  {
    message: 'docs: admin section in the README\n\nCloses #12 (request id «uuid#msg-req» in the support thread).   ⟦D d-msg-req⟧',
    date: '2024-06-03T10:30:00Z',
    author: 'maya',
    write: { 'README.md': tpl('README.md', 'v2') },
  },
];
