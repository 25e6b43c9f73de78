/**
 * The history of the third fresh repository ("Swapnest"). About a quarter of the planted secrets live only in
 * history: a committed web/.env.local deleted in a "security pass", values rotated in place (the Stripe client's
 * fallback, the Prisma datasource URL, inline GitHub Actions tokens, the WordPress database password, keys pasted in
 * NOTES.md), deleted files (a Firebase service account, an SSH deploy key, a Node crash report, a Flutter debug log, dotenvx's
 * .env.keys), registry tokens in .npmrc and a Slack webhook in Firebase runtime config replaced by references, a file
 * replaced wholesale by a different version (the scraper's config.py), and two unmerged branches.
 */
import { type FreshStep } from '../fresh-driver.js';
import * as A from './corpus-a.js';
import * as B from './corpus-b.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'maya' | 'tom' | 'ines' | 'rahul' };

export const AUTHORS = {
  maya: { name: 'Maya Okafor', email: 'maya@swapnest.app' },
  tom: { name: 'Tom Brandt', email: 'tom@swapnest.app' },
  ines: { name: 'Ines Carvalho', email: 'ines@pixelfarm.studio' },
  rahul: { name: 'Rahul Menon', email: 'rahul.menon.dev@gmail.com' },
} as const;

export const STEPS: Step[] = [
  {
    message: 'init: next.js app with supabase auth and stripe',
    date: '2024-08-05T21:14:00Z',
    author: 'maya',
    write: {
      'README.md': A.README,
      'web/.env.local': A.WEB_ENV_LOCAL,
      'web/.env.example': A.WEB_ENV_EXAMPLE,
      'web/lib/stripe.ts': A.WEB_STRIPE_V1,
      'web/lib/supabase/client.ts': A.WEB_SUPABASE_CLIENT,
      'web/lib/supabase/admin.ts': A.WEB_SUPABASE_ADMIN,
      'web/app/(auth)/login/page.tsx': A.WEB_LOGIN_PAGE,
      'web/package-lock.json': A.WEB_PACKAGE_LOCK,
      '.cursorrules': B.CURSORRULES,
      'CLAUDE.md': B.CLAUDE_MD,
      ...A.WEB_MESSAGES,
    },
  },
  {
    message: 'api: express + prisma + mongo for chat',
    date: '2024-08-07T23:40:00Z',
    author: 'tom',
    write: {
      'api/src/index.js': A.API_INDEX,
      'api/prisma/schema.prisma': A.PRISMA_SCHEMA_V1,
      'api/prisma/seed.ts': A.PRISMA_SEED,
      'api/src/mail.js': A.API_MAIL,
      'api/src/sms.js': A.API_SMS,
      'api/test/fixtures/users.json': A.API_TEST_FIXTURES,
      'api/Dockerfile': A.API_DOCKERFILE,
      'NOTES.md': B.NOTES_V1,
      '.npmrc': A.NPMRC_V1,
    },
  },
  {
    message: 'listing assistant (claude/groq), analytics, push, sentry, maps, webhook',
    date: '2024-08-09T01:05:00Z',
    author: 'maya',
    write: {
      'web/app/api/chat/route.ts': A.WEB_CHAT_ROUTE,
      'web/app/api/stripe/webhook/route.ts': A.WEB_WEBHOOK_ROUTE,
      'web/lib/analytics.ts': A.WEB_ANALYTICS,
      'web/lib/export-events.ts': A.WEB_SERVER_ANALYTICS,
      'web/lib/firebase.ts': A.WEB_FIREBASE,
      'web/sentry.client.config.ts': A.WEB_SENTRY,
      'web/components/ListingMap.tsx': A.WEB_MAP,
      'web/app/actions/geocode.ts': A.WEB_GEOCODE,
      'web/public/sw.js': A.WEB_SW,
      'web/.vercel/project.json': A.WEB_VERCEL_PROJECT,
      'supabase/seed.sql': A.WEB_SUPABASE_SEED_SQL,
      'supabase/functions/notify/index.ts': A.SUPABASE_EDGE_NOTIFY,
    },
  },
  {
    message: 'scraper for kleinanzeigen/leboncoin/marktplaats',
    date: '2024-08-12T19:30:00Z',
    author: 'tom',
    write: {
      'scraper/config.py': A.SCRAPER_CONFIG_V1,
      'scraper/main.py': A.SCRAPER_MAIN,
      'scraper/upload.py': A.SCRAPER_UPLOAD,
      'scraper/keys/proxy_rsa.pem': A.SCRAPER_PROXY_KEY,
      'scraper/requirements.txt': A.SCRAPER_REQUIREMENTS,
      'scraper/settings.old.py': A.SCRAPER_SETTINGS_OLD,
      '.github/workflows/scrape.yml': B.GHA_SCRAPER,
    },
  },
  {
    message: 'Flutter app: browse, chat, push',
    date: '2024-08-19T10:00:00Z',
    author: 'rahul',
    write: {
      'mobile/lib/env.dart': A.FLUTTER_ENV,
      'mobile/lib/firebase_options.dart': A.FLUTTER_FIREBASE_OPTIONS,
      'mobile/android/app/google-services.json': A.FLUTTER_GOOGLE_SERVICES,
      'mobile/android/key.properties': A.FLUTTER_KEY_PROPERTIES,
      'mobile/lib/l10n/app_es.arb': A.FLUTTER_ARB,
      'mobile/pubspec.lock': A.FLUTTER_PUBSPEC_LOCK,
      'mobile/flutter_01.log': A.FLUTTER_LOG,
      'mobile/web/.well-known/assetlinks.json': A.FLUTTER_ASSETLINKS,
      'mobile/ios/certs/AuthKey_7QX2M9K4LP.p8': A.FLUTTER_APNS_KEY,
    },
  },
  {
    message: 'marketing site (WordPress) + landing pages on netlify',
    date: '2024-08-21T14:25:00Z',
    author: 'ines',
    write: {
      'marketing/wp-config.php': B.WP_CONFIG_V1,
      'marketing/wp-config-sample.php': B.WP_CONFIG_SAMPLE,
      'marketing/wp-content/themes/swapnest/header.php': B.WP_THEME_HEADER,
      'marketing/wp-content/themes/swapnest/contact.php': B.WP_CONTACT_FORM,
      'netlify.toml': B.NETLIFY_TOML,
    },
  },
  {
    message: 'payments for the pilots (paypal, razorpay, paystack, square), shopify partner import',
    date: '2024-08-26T22:50:00Z',
    author: 'tom',
    write: {
      ...A.API_PAYMENTS,
      'api/.env': A.API_ENV,
      'api/config.bak': A.API_CONFIG_BAK,
    },
  },
  {
    message: 'deploy: vercel, fly, render, github actions, firebase functions',
    date: '2024-08-28T02:10:00Z',
    author: 'tom',
    write: {
      'vercel.json': B.VERCEL_JSON,
      'fly.toml': B.FLY_TOML,
      'render.yaml': B.RENDER_YAML,
      '.github/workflows/deploy.yml': B.GHA_DEPLOY_V1,
      Procfile: B.PROCFILE,
      Makefile: B.MAKEFILE,
      'functions/.runtimeconfig.json': A.FUNCTIONS_RUNTIMECONFIG,
      'functions/src/index.ts': A.FUNCTIONS_INDEX,
      'functions/serviceAccount.json': A.FUNCTIONS_SERVICE_ACCOUNT,
      'deploy/id_ed25519': B.DEPLOY_KEY,
      'deploy/id_ed25519.pub': B.DEPLOY_KEY_PUB,
    },
  },
  {
    message: 'chrome extension "Swap this" + image worker on cloudflare',
    date: '2024-09-02T20:00:00Z',
    author: 'maya',
    write: {
      'extension/manifest.json': A.EXT_MANIFEST,
      'extension/background.js': A.EXT_BACKGROUND,
      'extension/options.html': A.EXT_OPTIONS,
      'workers/wrangler.toml': A.WRANGLER_TOML,
      'workers/.dev.vars': A.WORKER_DEV_VARS,
      'workers/src/index.ts': A.WORKER_INDEX,
    },
  },
  {
    message: 'wip: semantic search spike (pinecone + voyage)',
    date: '2024-09-04T23:55:00Z',
    author: 'maya',
    branch: 'spike/semantic-search',
    write: {
      'web/lib/search/embeddings.ts': A.SPIKE_EMBEDDINGS,
    },
  },
  {
    message: 'try lemon squeezy as merchant of record',
    date: '2024-09-06T13:15:00Z',
    author: 'tom',
    branch: 'experiment/lemonsqueezy',
    write: {
      'api/src/payments/lemonsqueezy.js': A.LS_PAYMENTS,
    },
  },
  {
    message: 'api collections for postman/insomnia/bruno/thunder, editor config',
    date: '2024-09-09T18:20:00Z',
    author: 'tom',
    write: {
      'collections/postman/Swapnest API.postman_collection.json': B.POSTMAN_COLLECTION,
      'collections/postman/prod.postman_environment.json': B.POSTMAN_ENV,
      'collections/insomnia/Insomnia_2024-09-09.json': B.INSOMNIA_EXPORT,
      'collections/bruno/environments/production.bru': B.BRUNO_ENV,
      'collections/bruno/listings/create.bru': B.BRUNO_REQUEST,
      'collections/thunder/thunderEnvironment.json': B.THUNDER_ENV,
      '.vscode/launch.json': B.VSCODE_LAUNCH,
      '.idea/dataSources.xml': B.IDEA_DATASOURCES,
    },
  },
  {
    message: 'debugging the webhook outage (logs + node report)',
    date: '2024-09-12T11:02:00Z',
    author: 'tom',
    write: {
      'logs/webhook-2024-09-12.log': B.WEBHOOK_LOG,
      'crash/report.20240912.101822.4412.0.001.json': B.CRASH_DUMP,
    },
  },
  {
    message: 'security pass: secrets out of the repo (env vars + GitHub secrets), drop committed key files',
    date: '2024-09-16T09:30:00Z',
    author: 'maya',
    remove: ['web/.env.local', 'functions/serviceAccount.json', 'deploy/id_ed25519', 'crash/report.20240912.101822.4412.0.001.json', 'mobile/flutter_01.log'],
    write: {
      '.npmrc': A.NPMRC_V2,
      'functions/.runtimeconfig.json': A.FUNCTIONS_RUNTIMECONFIG_V2,
      'web/lib/stripe.ts': A.WEB_STRIPE_V2,
      'api/prisma/schema.prisma': A.PRISMA_SCHEMA_V2,
      '.github/workflows/deploy.yml': B.GHA_DEPLOY_V2,
      'NOTES.md': B.NOTES_V2,
    },
  },
  {
    message: 'scraper: read settings from the environment',
    date: '2024-09-20T17:45:00Z',
    author: 'tom',
    write: {
      'scraper/config.py': A.SCRAPER_CONFIG_V2,
    },
  },
  {
    message: 'rotate wp db password after the plugin incident',
    date: '2024-09-24T08:10:00Z',
    author: 'ines',
    write: {
      'marketing/wp-config.php': B.WP_CONFIG_V2,
    },
  },
  {
    message: 'api: encrypted env with dotenvx; production env for vercel',
    date: '2024-09-30T22:30:00Z',
    author: 'maya',
    write: {
      'api/.env.production': B.DOTENVX_ENV,
      'api/.env.keys': B.DOTENVX_KEYS,
      '.env.vault': B.DOTENV_VAULT,
      'web/.env.production': A.WEB_ENV_PRODUCTION,
    },
  },
  {
    message: 'remove .env.keys (oops)',
    date: '2024-10-01T07:05:00Z',
    author: 'tom',
    remove: ['api/.env.keys'],
  },
  {
    message: 'docs, prompts, standup notes, apple pay merchant key',
    date: '2024-10-07T16:40:00Z',
    author: 'maya',
    write: {
      'docs/api.md': B.DOCS_API,
      'SECURITY.md': B.DOCS_SECURITY,
      'RELEASES.md': B.RELEASES_MD,
      'todo.txt': B.TODO_TXT,
      'docs/standup-2024-10.md': B.STANDUP_LOG,
      'prompts/listing-writer.txt': B.PROMPT_LISTING,
      'prompts/eval.py': B.PROMPT_EVAL,
      'api/certs/apple_pay_merchant.key': B.APPLE_PAY_KEY,
    },
  },
];
