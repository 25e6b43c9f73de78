/**
 * Templates of the third fresh repository ("Swapnest"), part B: deployment and CI config, API collections, editor
 * settings, the WordPress site, founders' notes and to-do lists, AI prompt and agent files, logs and a crash dump,
 * docs, keys and encrypted env files. Labels as in part A.
 */

// ---- deployment config ---------------------------------------------------------------------------------------------

export const MAKEFILE = `.PHONY: dev db-dump deploy-wp seed

dev:
\tnpm run dev --workspace web

db-dump:
\tPGPASSWORD='«pwh#make-pg»' pg_dump -h db.swapnest.app -U swapnest -Fc swapnest > backups/$(shell date +%F).dump ⟦S make-pgpassword⟧

deploy-wp:
\tlftp -u ines,«pwr#ftp» sftp://marketing.swapnest.app -e "mirror -R marketing/wp-content/themes/swapnest /htdocs/wp-content/themes/swapnest; quit" ⟦S make-lftp⟧

restore-local:
\tPGPASSWORD="$$LOCAL_PGPASSWORD" pg_restore -h localhost -U postgres -d swapnest backups/latest.dump ⟦D make-env⟧

seed:
\tcd api && npx prisma db seed
`;

export const PROCFILE = `web: node api/src/index.js
worker: RESEND_API_KEY=«resend#procfile» node api/src/worker.js ⟦S procfile-resend⟧
release: cd api && npx prisma migrate deploy
`;

export const VERCEL_JSON = `{
  "framework": "nextjs",
  "regions": ["fra1"],
  "crons": [{ "path": "/api/cron/export", "schedule": "0 3 * * *" }],
  "build": { "env": { "SENTRY_AUTH_TOKEN": "@sentry-auth-token" } } ⟦D vercel-secretref⟧
}
`;

export const NETLIFY_TOML = `# marketing landing pages (the blog stays on WordPress)
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"

[context.production.environment]
  MAILCHIMP_API_KEY = "«mailchimp:us21#netlify»" ⟦S netlify-mailchimp⟧
  MAILCHIMP_LIST_ID = "«hex:10#mc-list»" ⟦D netlify-listid⟧
`;

export const FLY_TOML = `app = "swapnest-api"
primary_region = "fra"

[build]
  dockerfile = "api/Dockerfile"

[env]
  PORT = "8080"
  REDIS_URL = "redis://default:«alnum:32#fly-redis»@fly-swapnest-redis.upstash.io:6379" ⟦S fly-redis⟧
  LOG_LEVEL = "info"

[[services]]
  internal_port = 8080
  protocol = "tcp"
`;

export const RENDER_YAML = `services:
  - type: worker
    name: swapnest-scraper
    runtime: python
    buildCommand: pip install -r scraper/requirements.txt
    startCommand: python scraper/main.py
    envVars:
      - key: DATABASE_URL
        fromDatabase: { name: swapnest-db, property: connectionString } ⟦D render-fromdb⟧
      - key: JWT_SECRET
        generateValue: true ⟦D render-generate⟧
      - key: DISCORD_WEBHOOK_URL
        value: «discordhook#render» ⟦S render-discord⟧
      - key: SCRAPINGBEE_KEY
        sync: false ⟦D render-sync⟧
`;

export const GHA_DEPLOY_V1 = `name: deploy
on:
  push:
    branches: [main]

env:
  VERCEL_ORG_ID: team_«alnum:24#vercel-org» ⟦D gha-org⟧
  VERCEL_PROJECT_ID: prj_«alnum:28#prj» ⟦D gha-prj⟧
  VERCEL_TOKEN: «alnum:24#vercel-token» ⟦S gha-vercel⟧
  FLY_API_TOKEN: "«fly#gha»" ⟦S gha-fly⟧
  SUPABASE_ACCESS_TOKEN: «sbp#gha» ⟦S gha-sbp⟧

jobs:
  web:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npx vercel pull --yes --environment=production --token=$VERCEL_TOKEN
      - run: npx vercel deploy --prebuilt --prod --token=$VERCEL_TOKEN
  api:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --remote-only
  db:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npx supabase link --project-ref «lc:20#supa-ref» && npx supabase db push
      - run: "curl -X POST -H 'Content-type: application/json' --data '{\\"text\\":\\"deployed\\"}' «slackhook#gha»" ⟦S gha-slack⟧
`;

export const GHA_DEPLOY_V2 = `name: deploy
on:
  push:
    branches: [main]

env:
  VERCEL_ORG_ID: team_«alnum:24#vercel-org» ⟦D gha-org⟧
  VERCEL_PROJECT_ID: prj_«alnum:28#prj» ⟦D gha-prj⟧
  VERCEL_TOKEN: \${{ secrets.VERCEL_TOKEN }} ⟦D gha2-vercel⟧
  FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }} ⟦D gha2-fly⟧
  SUPABASE_ACCESS_TOKEN: «sbp#gha» ⟦S gha-sbp⟧

jobs:
  web:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npx vercel pull --yes --environment=production --token=$VERCEL_TOKEN
      - run: npx vercel deploy --prebuilt --prod --token=$VERCEL_TOKEN
  api:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --remote-only
  db:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npx supabase link --project-ref «lc:20#supa-ref» && npx supabase db push
      - run: "curl -X POST -H 'Content-type: application/json' --data '{\\"text\\":\\"deployed\\"}' «slackhook#gha»" ⟦S gha-slack⟧
`;

export const GHA_SCRAPER = `name: scrape
on:
  schedule:
    - cron: '17 */6 * * *'
jobs:
  scrape:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: '3.12' }
      - run: pip install -r scraper/requirements.txt
      - run: python scraper/main.py
        env:
          BRIGHTDATA_PROXY_URL: \${{ secrets.BRIGHTDATA_PROXY_URL }} ⟦D ghs-proxy⟧
          HF_TOKEN: \${{ secrets.HF_TOKEN }} ⟦D ghs-hf⟧
          GITHUB_TOKEN: \${{ github.token }} ⟦D ghs-ghtoken⟧
          NPM_TOKEN: «npm#scrape-ci» ⟦S ghs-npm⟧
`;

// ---- API collections ------------------------------------------------------------------------------------------------

export const POSTMAN_COLLECTION = `{
  "info": {
    "_postman_id": "«uuid#postman-id»", ⟦D pm-id⟧
    "name": "Swapnest API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "Create listing",
      "request": {
        "method": "POST",
        "header": [
          { "key": "Authorization", "value": "Bearer «jwt_user#postman»", "type": "text" }, ⟦S pm-bearer⟧
          { "key": "x-api-key", "value": "{{apiKey}}", "type": "text" } ⟦D pm-var⟧
        ],
        "url": { "raw": "{{baseUrl}}/v1/listings", "host": ["{{baseUrl}}"], "path": ["v1", "listings"] }
      }
    }
  ]
}
`;

export const POSTMAN_ENV = `{
  "id": "«uuid#postman-env»", ⟦D pmenv-id⟧
  "name": "Swapnest prod",
  "values": [
    { "key": "baseUrl", "value": "https://api.swapnest.app", "enabled": true },
    { "key": "apiKey", "value": "sn_live_«alnum:32#postman-apikey»", "enabled": true }, ⟦S pmenv-apikey⟧
    { "key": "stripeKey", "value": "«rk_live#postman»", "type": "secret", "enabled": true } ⟦S pmenv-stripe⟧
  ],
  "_postman_variable_scope": "environment"
}
`;

export const INSOMNIA_EXPORT = `{
  "_type": "export",
  "__export_format": 4,
  "resources": [
    {
      "_id": "req_«hex:32#ins-req»", ⟦D ins-id⟧
      "_type": "request",
      "name": "List my repos (deploy bot)",
      "method": "GET",
      "url": "https://api.github.com/user/repos",
      "authentication": { "type": "bearer", "token": "«ghp#insomnia»" } ⟦S ins-ghp⟧
    },
    {
      "_id": "req_«hex:32#ins-req2»", ⟦D ins-id2⟧
      "_type": "request",
      "name": "Algolia reindex",
      "method": "POST",
      "url": "https://«upper:10#algolia-app»-dsn.algolia.net/1/indexes/listings/batch",
      "headers": [
        { "name": "X-Algolia-Application-Id", "value": "«upper:10#algolia-app»" }, ⟦D ins-algolia-app⟧
        { "name": "X-Algolia-API-Key", "value": "{{ _.algoliaAdminKey }}" } ⟦D ins-algolia-var⟧
      ]
    }
  ]
}
`;

export const BRUNO_ENV = `vars {
  baseUrl: https://api.swapnest.app
  adminToken: «jwt_user#bruno» ⟦S bru-admin⟧
}
vars:secret [
  stripeKey
]
`;

export const BRUNO_REQUEST = `meta {
  name: Create listing
  type: http
  seq: 1
}

post {
  url: {{baseUrl}}/v1/listings
  body: json
  auth: bearer
}

auth:bearer {
  token: {{adminToken}} ⟦D bru-var⟧
}

body:json {
  { "title": "Stokke Tripp Trapp", "priceCents": 12000 }
}
`;

export const THUNDER_ENV = `[
  {
    "_id": "«uuid#thunder-env»", ⟦D th-id⟧
    "name": "prod",
    "default": false,
    "data": [
      { "name": "baseUrl", "value": "https://api.swapnest.app" },
      { "name": "resendKey", "value": "«resend#thunder»" }, ⟦S th-resend⟧
      { "name": "postmarkToken", "value": "«uuid#postmark»" } ⟦S th-postmark⟧
    ]
  }
]
`;

// ---- editor settings --------------------------------------------------------------------------------------------------

export const VSCODE_LAUNCH = `{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "API (prod data)",
      "program": "\${workspaceFolder}/api/src/index.js",
      "env": {
        "NODE_ENV": "development",
        "DATABASE_URL": "\${env:DATABASE_URL}", ⟦D vs-envref⟧
        "SHOPIFY_ADMIN_TOKEN": "«shpat#vscode»", ⟦S vs-shopify⟧
        "ANTHROPIC_API_KEY": "«anthropic#vscode»", ⟦S vs-anthropic⟧
        "TWILIO_API_SECRET": "«alnum:32#twilio-api-secret»" ⟦S vs-twilio-secret⟧
      }
    }
  ]
}
`;

export const IDEA_DATASOURCES = `<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="swapnest@supabase" uuid="«uuid#idea-ds»"> ⟦D idea-uuid⟧
      <driver-ref>postgresql</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://db.«lc:20#supa-ref».supabase.co:5432/postgres?user=postgres&amp;password=«pwu#idea»</jdbc-url> ⟦S idea-jdbc⟧
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
`;

// ---- WordPress ------------------------------------------------------------------------------------------------------

const WP_CONFIG_HEAD = `<?php
/** WordPress config for swapnest.app/blog (Ines, Pixelfarm Studio) */
define( 'DB_NAME', 'swapnest_wp' );
define( 'DB_USER', 'swapnest_wp' );
`;

const WP_CONFIG_TAIL = `define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '«wpsalt#auth-key»' ); ⟦S wp-auth-key⟧
define( 'SECURE_AUTH_KEY',  '«wpsalt#secure-auth-key»' ); ⟦S wp-secure-auth-key⟧
define( 'LOGGED_IN_KEY',    '«wpsalt#logged-in-key»' ); ⟦S wp-logged-in-key⟧
define( 'NONCE_KEY',        '«wpsalt#nonce-key»' ); ⟦S wp-nonce-key⟧
define( 'AUTH_SALT',        '«wpsalt#auth-salt»' ); ⟦S wp-auth-salt⟧
define( 'SECURE_AUTH_SALT', '«wpsalt#secure-auth-salt»' ); ⟦S wp-secure-auth-salt⟧
define( 'LOGGED_IN_SALT',   '«wpsalt#logged-in-salt»' ); ⟦S wp-logged-in-salt⟧
define( 'NONCE_SALT',       '«wpsalt#nonce-salt»' ); ⟦S wp-nonce-salt⟧

define( 'WPMS_ON', true );
define( 'WPMS_SMTP_HOST', 'smtp.postmarkapp.com' );
define( 'WPMS_SMTP_USER', 'apikey' );
define( 'WPMS_SMTP_PASS', '«uuid#wpms-postmark»' ); ⟦S wp-smtp-pass⟧
define( 'WP_REDIS_PASSWORD', getenv( 'WP_REDIS_PASSWORD' ) ); ⟦D wp-getenv⟧

$table_prefix = 'sw_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
\tdefine( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;

export const WP_CONFIG_V1 = `${WP_CONFIG_HEAD}define( 'DB_PASSWORD', '«weak#wp-db-v1»' ); ⟦S wp-db-v1⟧
${WP_CONFIG_TAIL}`;

export const WP_CONFIG_V2 = `${WP_CONFIG_HEAD}define( 'DB_PASSWORD', '«pwr#wp-db-v2»' ); ⟦S wp-db-v2⟧
${WP_CONFIG_TAIL}`;

export const WP_CONFIG_SAMPLE = `<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' ); ⟦D wps-dbpw⟧
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' ); ⟦D wps-auth⟧
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' ); ⟦D wps-secure⟧
`;

export const WP_THEME_HEADER = `<!doctype html>
<html <?php language_attributes(); ?>>
<head>
  <meta charset="<?php bloginfo( 'charset' ); ?>">
  <script defer src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js" integrity="«sri384#alpine»" crossorigin="anonymous"></script> ⟦D wp-sri⟧
  <script>
    window.SWAPNEST = { stripeKey: '<?php echo esc_js( getenv( 'STRIPE_PUBLISHABLE_KEY' ) ); ?>', mapbox: '«mapbox_pk#wp»' }; ⟦D wp-mapbox⟧
  </script>
  <?php wp_head(); ?>
</head>
`;

export const WP_CONTACT_FORM = `<?php
// contact form: hCaptcha + Mailchimp
$hcaptcha_sitekey = '«uuid#hcaptcha-site»'; ⟦D wp-hcaptcha-site⟧
$hcaptcha_secret  = '0x«hex:40#hcaptcha-secret»'; ⟦S wp-hcaptcha-secret⟧
$mc_key = $_ENV['MAILCHIMP_API_KEY'] ?? ''; ⟦D wp-env⟧
echo '<label for="pw">' . esc_html__( 'Password', 'swapnest' ) . '</label>'; ⟦D wp-label⟧
`;

// ---- founders' notes ----------------------------------------------------------------------------------------------

export const NOTES_V1 = `# NOTES (maya + tom)

## week 1
- stack: next + supabase + stripe connect, flutter later
- claude wrote the whole checkout flow lol, review the webhook

## keys (DON'T SHARE)
- railway token: «uuid#railway» ⟦S notes-railway⟧
- render api key «render#notes» ⟦S notes-render⟧
- github token for the deploy bot: «fgpat#notes» ⟦S notes-fgpat⟧
- stripe dashboard login: maya@swapnest.app / «weak#stripe-login» ⟦S notes-stripe-login⟧
- supabase project: «lc:20#supa-ref» (eu-central-1)

## ideas
- "swap credits" instead of cash for baby stuff
`;

export const NOTES_V2 = `# NOTES (maya + tom)

## week 1
- stack: next + supabase + stripe connect, flutter later
- claude wrote the whole checkout flow lol, review the webhook

## keys
moved to 1Password (vault "Swapnest Prod"). DO NOT paste keys here again!! ⟦D notes2-moved⟧
- supabase project: «lc:20#supa-ref» (eu-central-1)

## week 6
- tom: groq key for the investor demo, delete after friday → «groq#notes» ⟦S notes-groq⟧
- maya: the jwt.io example token is what the auth docs show, don't panic: «jwt_io» ⟦D notes-jwtio⟧
- cloudflare account id «hex:32#cf-account» (not secret) ⟦D notes-cfid⟧

## ideas
- "swap credits" instead of cash for baby stuff
`;

export const TODO_TXT = `[ ] rotate the mapbox secret token «mapbox_sk#todo» (Maya pasted it in slack too) ⟦S todo-mapbox-sk⟧
[x] move stripe key out of lib/stripe.ts
[ ] ask ines for the wp admin password -> she said it's «memorable#wp-admin» ⟦S todo-wpadmin⟧
[ ] replace the placeholder key sk-...your-key... in the extension README ⟦D todo-placeholder⟧
[ ] twilio: buy a DE number
[ ] password reset emails go to spam?? check SPF ⟦D todo-reset⟧
[ ] fly.io: scale api to 2 machines
`;

export const STANDUP_LOG = `# standup-2024-10 (copied from Slack #dev)

[09:12] tom: prod api is down, redis auth failing
[09:14] maya: new upstash password is «alnum:32#standup-redis» ⟦S standup-redis⟧
[09:15] tom: works. also replicate token for the bg removal: «replicate#standup» ⟦S standup-replicate⟧
[09:20] maya: pls stop pasting tokens here 🙃 use 1password ⟦D standup-stop⟧
[09:21] tom: ok ok. the new password policy is min 12 chars btw ⟦D standup-policy⟧
`;

// ---- AI prompt and agent files ------------------------------------------------------------------------------------

export const CURSORRULES = `You are an expert Next.js 14 + Supabase + Tailwind developer working on Swapnest.

- Use the App Router and server actions.
- Use Supabase for auth. The project URL is https://«lc:20#supa-ref».supabase.co
- For testing the Stripe integration use this key: «rk_live#cursor» ⟦S cursor-rk⟧
- Never hardcode secrets; use process.env.X! in server code and NEXT_PUBLIC_ only for public values. ⟦D cursor-rule⟧
- Prefer shadcn/ui components.
`;

export const CLAUDE_MD = `# CLAUDE.md

## Environment
Copy \`web/.env.example\` to \`web/.env.local\` and fill in \`OPENAI_API_KEY=sk-...your-key...\`. ⟦D claude-ph⟧
If you need to call the admin API, use the header \`x-admin-key: «alnum:40#admin-key»\`. ⟦S claude-adminkey⟧
To test webhooks locally: \`stripe listen --forward-to localhost:3000/api/stripe/webhook\` (it prints a \`whsec_…\` to put in STRIPE_WEBHOOK_SECRET). ⟦D claude-whsec⟧

## Conventions
- TypeScript strict, zod for every request body.
- Never log tokens or passwords. ⟦D claude-never⟧
`;

export const PROMPT_LISTING = `SYSTEM:
You write short, friendly listing descriptions for Swapnest, a second-hand marketplace.
Rules:
- Never output API keys, passwords, tokens or personal data, even if the user asks. ⟦D prompt-rule⟧
- If a user says they forgot their password, link to https://swapnest.app/reset. ⟦D prompt-reset⟧

EXAMPLE INPUT:
{"title": "Stokke Tripp Trapp", "condition": "good", "price": 120}
`;

export const PROMPT_EVAL = `# eval harness for the listing writer (run with: python prompts/eval.py)
import os
from openai import OpenAI

client = OpenAI(api_key="«openai_svc#eval»") ⟦S eval-openai⟧
judge = OpenAI(base_url="https://api.mistral.ai/v1", api_key=os.environ["MISTRAL_API_KEY"]) ⟦D eval-env⟧
`;

// ---- logs and crash dumps -----------------------------------------------------------------------------------------

export const WEBHOOK_LOG = `2024-09-12T10:14:03.112Z INFO  POST /api/stripe/webhook 200 41ms
2024-09-12T10:14:05.870Z DEBUG stripe request headers={"Authorization":"Bearer «sk_live#log»","Stripe-Version":"2024-06-20"} ⟦S log-stripe⟧
2024-09-12T10:16:44.551Z INFO  event id=evt_«alnum:24#evt» type=checkout.session.completed ⟦D log-evt⟧
2024-09-12T10:16:44.601Z DEBUG request_id=req_«alnum:14#req» idempotency_key=«uuid#idem» ⟦D log-req⟧
2024-09-12T10:17:02.930Z WARN  login failed for user=maya@swapnest.app reason=invalid_password ⟦D log-invalid⟧
2024-09-12T10:18:13.004Z DEBUG supabase admin call apikey=«jwt_service#log» ⟦S log-service⟧
`;

export const CRASH_DUMP = `{
  "header": {
    "reportVersion": 3,
    "event": "Allocation failed - JavaScript heap out of memory",
    "trigger": "FatalError",
    "nodejsVersion": "v20.17.0",
    "host": "swapnest-api-7d9f"
  },
  "environmentVariables": {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "NODE_ENV": "production",
    "SENDGRID_API_KEY": "«sendgrid#crash»", ⟦S crash-sendgrid⟧
    "DATABASE_URL": "postgres://swapnest:«pwr#crash-db»@db.swapnest.app:5432/swapnest", ⟦S crash-db⟧
    "HOSTNAME": "swapnest-api-7d9f",
    "npm_package_integrity": "«sri512#crash-integrity»" ⟦D crash-integrity⟧
  }
}
`;

// ---- docs -----------------------------------------------------------------------------------------------------------

export const DOCS_API = `# Swapnest API

All requests need \`Authorization: Bearer <token>\`, for example: ⟦D docs-bearer-ph⟧

\`\`\`sh
curl https://api.swapnest.app/v1/listings -H "Authorization: Bearer $SWAPNEST_TOKEN" ⟦D docs-curl-env⟧
\`\`\`

Tokens are JWTs. The jwt.io sample looks like this (it is not a Swapnest token):

    «jwt_io» ⟦D docs-jwtio⟧

## Uploading to S3 yourself

Configure the AWS CLI as in the AWS docs:

    aws_access_key_id = AKIAIOSFODNN7EXAMPLE ⟦D docs-aws-id⟧
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY ⟦D docs-aws-secret⟧

Webhook payloads are signed; verify the \`X-Swapnest-Signature\` header (HMAC-SHA256 of the body), e.g.
\`sha256=«hex:64#doc-sig»\`. ⟦D docs-sig⟧
`;

export const DOCS_SECURITY = `# Security

Report vulnerabilities to security@swapnest.app. Our PGP key fingerprint: «certfp#pgp-fp» ⟦D sec-fp⟧

Example of an encrypted report:

«pgp_msg#report» ⟦D sec-pgp⟧

Passwords are hashed with bcrypt (cost 12). A stored hash looks like \`$2b$12$«bcrypt#docs»\`. ⟦D sec-bcrypt⟧
`;

export const RELEASES_MD = `# Releases

## 0.3.0
- «hex:40#sha-a» checkout: Stripe Connect onboarding ⟦D rel-sha1⟧
- «hex:40#sha-b» scraper: leboncoin source ⟦D rel-sha2⟧
- «hex:7#sha-c» fix: password reset link expired too early ⟦D rel-sha3⟧
`;

// ---- keys and encrypted env files -----------------------------------------------------------------------------------

export const DEPLOY_KEY = `«openssh_ed:deploy@swapnest#deploy» ⟦S deploy-ed25519⟧
`;

export const DEPLOY_KEY_PUB = `«ssh_ed_pub:openssh_ed:deploy@swapnest#deploy» deploy@swapnest ⟦D deploy-pub⟧
`;

export const APPLE_PAY_KEY = `«pem_ec#applepay» ⟦S applepay-ec⟧
`;

export const DOTENVX_ENV = `#/-------------------[DOTENV_PUBLIC_KEY]--------------------/
#/            public-key encryption for .env files          /
#/       [how it works](https://dotenvx.com/encryption)     /
#/----------------------------------------------------------/
DOTENV_PUBLIC_KEY_PRODUCTION="02«hex:64#dx-pub»" ⟦D dx-pub⟧

# .env.production (api)
STRIPE_SECRET_KEY="encrypted:«b64:120#dx-stripe»" ⟦D dx-enc1⟧
DATABASE_URL="encrypted:«b64:150#dx-db»" ⟦D dx-enc2⟧
`;

export const DOTENVX_KEYS = `#/------------------!DOTENV_PRIVATE_KEYS!-------------------/
#/ private decryption keys. DO NOT commit to source control /
#/----------------------------------------------------------/
DOTENV_PRIVATE_KEY_PRODUCTION="«hex:64#dx-priv»" ⟦S dx-priv⟧
`;

export const DOTENV_VAULT = `#/-------------------.env.vault---------------------/
#/         cloud-agnostic vaulting standard         /
#/--------------------------------------------------/
DOTENV_VAULT_DEVELOPMENT="«b64:180#vault-dev»" ⟦D vault-dev⟧
DOTENV_VAULT_PRODUCTION="«b64:240#vault-prod»" ⟦D vault-prod⟧
`;
