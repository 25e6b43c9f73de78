/**
 * Templates of the third fresh repository ("Swapnest"), part A: the applications (Next.js web app, Express API with
 * Prisma, Python scraper, Flutter app, Chrome extension, Firebase functions, Cloudflare Worker, Supabase edge
 * function). `⟦S id⟧` at the end of a line labels it a planted secret, `⟦D id⟧` a decoy; `«kind:arg#name»` is a
 * value made by gen.ts at run time.
 */

export const README = `# Swapnest

Buy and sell second-hand furniture and baby gear near you. Built by Maya and Tom (and a lot of Claude / Cursor).

## Layout

- \`web/\` Next.js 14 app (Supabase auth + Postgres, Stripe Connect, Clerk for the seller dashboard)
- \`api/\` Express API for the mobile app and the extension (Prisma)
- \`scraper/\` Python scraper that imports listings from classifieds sites
- \`mobile/\` Flutter app
- \`extension/\` Chrome extension "Swap this"
- \`marketing/\` WordPress site (swapnest.app/blog)
- \`functions/\` Firebase functions (push notifications)
- \`workers/\` Cloudflare Worker for image resizing

## Getting started

\`\`\`sh
cp web/.env.example web/.env.local   # then fill in your keys
npm install
npm run dev
\`\`\`
`;

// ---- web ----------------------------------------------------------------------------------------------------------

export const WEB_ENV_LOCAL = `# Created by Vercel CLI
NEXT_PUBLIC_SUPABASE_URL=https://«lc:20#supa-ref-dev».supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=«jwt_anon#envlocal» ⟦D envl-anon⟧
SUPABASE_SERVICE_ROLE_KEY=«jwt_service#envlocal» ⟦S envl-service⟧
STRIPE_SECRET_KEY=«sk_live#envlocal» ⟦S envl-stripe⟧
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=«pk_live#envlocal» ⟦D envl-pk⟧
STRIPE_WEBHOOK_SECRET=«whsec#envlocal» ⟦S envl-whsec⟧
OPENAI_API_KEY=«openai#envlocal» ⟦S envl-openai⟧
NEXTAUTH_URL=http://localhost:3000
NEXTAUTH_SECRET=«b64:32#nextauth-local» ⟦S envl-nextauth⟧
RESEND_API_KEY=«resend#envlocal» ⟦S envl-resend⟧
`;

export const WEB_ENV_EXAMPLE = `# Copy to .env.local. Never commit real values!
NEXT_PUBLIC_SUPABASE_URL=https://your-project.supabase.co ⟦D ex-supaurl⟧
NEXT_PUBLIC_SUPABASE_ANON_KEY=your-anon-key ⟦D ex-anon⟧
SUPABASE_SERVICE_ROLE_KEY=<YOUR_SERVICE_ROLE_KEY> ⟦D ex-service⟧
STRIPE_SECRET_KEY=sk_live_... ⟦D ex-stripe⟧
STRIPE_WEBHOOK_SECRET=whsec_... ⟦D ex-whsec⟧
OPENAI_API_KEY=sk-...your-key... ⟦D ex-openai⟧
ANTHROPIC_API_KEY="sk-ant-xxxxxxxxxxxxxxxxxxxxxxxx" ⟦D ex-anthropic⟧
CLERK_SECRET_KEY=sk_test_•••••••••••••••••••••••••••••• ⟦D ex-clerk⟧
NEXTAUTH_SECRET= # generate with: openssl rand -base64 32 ⟦D ex-nextauth⟧
DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/DATABASE ⟦D ex-dburl⟧
REDIS_URL=redis://default:<password>@<host>:6379 ⟦D ex-redis⟧
RESEND_API_KEY=re_123456789 ⟦D ex-resend⟧
GROQ_API_KEY={{GROQ_API_KEY}} ⟦D ex-groq⟧
UPLOADTHING_TOKEN=REPLACE_ME ⟦D ex-ut⟧
MONGO_URL=mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/swapnest ⟦D ex-mongo⟧
TWILIO_AUTH_TOKEN=[your twilio auth token] ⟦D ex-twilio⟧
PINECONE_API_KEY=\${PINECONE_API_KEY} ⟦D ex-pinecone⟧
SMTP_PASSWORD=changeme ⟦D ex-smtp⟧
`;

export const WEB_ENV_PRODUCTION = `# production values for \`vercel env pull\` comparisons (Tom: keep in sync with the dashboard)
DATABASE_URL="postgresql://postgres.«lc:20#supa-ref»:«pwr#supa-db»@aws-0-eu-central-1.pooler.supabase.com:6543/postgres?pgbouncer=true" ⟦S envp-dburl⟧
NEXT_PUBLIC_SUPABASE_URL=https://«lc:20#supa-ref».supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=«jwt_anon#prod» ⟦D envp-anon⟧
SUPABASE_SERVICE_ROLE_KEY=«jwt_service#prod» ⟦S envp-service⟧
STRIPE_SECRET_KEY=«sk_live#prod» ⟦S envp-stripe⟧
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=«pk_live#prod» ⟦D envp-pk⟧
CLERK_SECRET_KEY=«clerk_sk#prod» ⟦S envp-clerk⟧
NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=«clerk_pk» ⟦D envp-clerkpk⟧
NEXT_PUBLIC_POSTHOG_KEY=«phc#prod» ⟦D envp-phc⟧
NEXT_PUBLIC_POSTHOG_HOST=https://eu.i.posthog.com
UPLOADTHING_TOKEN='«uploadthing#prod»' ⟦S envp-ut⟧
NEXT_PUBLIC_SENTRY_DSN=«sentry_dsn#web» ⟦D envp-dsn⟧
SENTRY_AUTH_TOKEN=«sntrys#ci» ⟦S envp-sntrys⟧
NEXT_PUBLIC_MAPBOX_TOKEN=«mapbox_pk#web» ⟦D envp-mapbox⟧
ALGOLIA_ADMIN_KEY=«hex:32#algolia-admin» ⟦S envp-algolia-admin⟧
NEXT_PUBLIC_ALGOLIA_APP_ID=«upper:10#algolia-app» ⟦D envp-algolia-app⟧
NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=«hex:32#algolia-search» ⟦D envp-algolia-search⟧
BLOB_READ_WRITE_TOKEN=«vercel_blob#prod» ⟦S envp-blob⟧
`;

export const WEB_STRIPE_V1 = `import Stripe from 'stripe';

// TODO move to env before launch (Claude said this is fine for the beta)
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '«sk_live#lib-v1»', { ⟦S stripe-lib-v1⟧
  apiVersion: '2024-06-20',
  typescript: true,
});

export const PRICE_IDS = {
  featured: 'price_1«alnum:23#price-featured»', ⟦D stripe-price-featured⟧
  bump: 'price_1«alnum:23#price-bump»', ⟦D stripe-price-bump⟧
} as const;
`;

export const WEB_STRIPE_V2 = `import Stripe from 'stripe';

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { ⟦D stripe-lib-v2⟧
  apiVersion: '2024-06-20',
  typescript: true,
});

export const PRICE_IDS = {
  featured: 'price_1«alnum:23#price-featured»', ⟦D stripe-price-featured⟧
  bump: 'price_1«alnum:23#price-bump»', ⟦D stripe-price-bump⟧
} as const;
`;

export const WEB_SUPABASE_CLIENT = `import { createBrowserClient } from '@supabase/ssr';

export function createClient() {
  return createBrowserClient(
    process.env.NEXT_PUBLIC_SUPABASE_URL!, ⟦D sbc-url⟧
    process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, ⟦D sbc-anon⟧
  );
}
`;

export const WEB_SUPABASE_ADMIN = `import { createClient } from '@supabase/supabase-js';

// service role bypasses RLS — server only!!
const SERVICE_KEY = process.env.SUPABASE_SERVICE_ROLE_KEY || '«jwt_service#admin-fallback»'; ⟦S sba-fallback⟧

export const supabaseAdmin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, SERVICE_KEY, {
  auth: { persistSession: false },
});
`;

export const WEB_CHAT_ROUTE = `import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import Groq from 'groq-sdk';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY }); ⟦D chat-openai-env⟧
const anthropic = new Anthropic({ apiKey: '«anthropic#chat»' }); ⟦S chat-anthropic⟧
const groq = new Groq({ apiKey: process.env.GROQ_API_KEY ?? "«groq#chat»" }); ⟦S chat-groq⟧
// const gemini = new GoogleGenerativeAI("AIza...your-key-here"); ⟦D chat-gemini-ph⟧

const SYSTEM_PROMPT = \`You are Swapnest's listing assistant. Never reveal a seller's password, address or phone number.\`; ⟦D chat-prompt⟧

export async function POST(req: Request) {
  const { messages, model } = await req.json();
  if (model?.startsWith('claude')) {
    const msg = await anthropic.messages.create({ model, max_tokens: 800, system: SYSTEM_PROMPT, messages });
    return Response.json(msg);
  }
  if (model?.startsWith('llama')) return Response.json(await groq.chat.completions.create({ model, messages }));
  return Response.json(await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: SYSTEM_PROMPT }, ...messages] }));
}
`;

export const WEB_WEBHOOK_ROUTE = `import { headers } from 'next/headers';
import { stripe } from '@/lib/stripe';

const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET as string; ⟦D webhook-env⟧

export async function POST(req: Request) {
  const body = await req.text();
  const sig = headers().get('stripe-signature')!;
  const event = stripe.webhooks.constructEvent(body, sig, endpointSecret);
  if (event.type === 'checkout.session.completed') {
    // mark the listing as sold
  }
  return new Response('ok');
}
`;

export const WEB_ANALYTICS = `import mixpanel from 'mixpanel-browser';
import posthog from 'posthog-js';

export function initAnalytics() {
  mixpanel.init('«hex:32#mixpanel-token»', { track_pageview: true, persistence: 'localStorage' }); ⟦D mixpanel-init⟧
  posthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY!, { api_host: '/ingest', ui_host: 'https://eu.posthog.com' }); ⟦D posthog-init⟧
}
`;

export const WEB_SERVER_ANALYTICS = `// server-side export of events to the warehouse (cron, daily)
const MIXPANEL_SERVICE_ACCOUNT = 'swapnest-export.«lower:6#mp-sa».mp-service-account'; ⟦D mp-sa⟧
const MIXPANEL_SERVICE_SECRET = '«alnum:32#mp-secret»'; ⟦S mp-secret⟧
const POSTHOG_PERSONAL_API_KEY = '«phx#export»'; ⟦S phx-export⟧

export const auth = Buffer.from(\`\${MIXPANEL_SERVICE_ACCOUNT}:\${MIXPANEL_SERVICE_SECRET}\`).toString('base64');
`;

export const WEB_FIREBASE = `import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

const firebaseConfig = {
  apiKey: "«aiza#web-firebase»", ⟦D fbweb-apikey⟧
  authDomain: "swapnest-prod.firebaseapp.com",
  projectId: "swapnest-prod",
  storageBucket: "swapnest-prod.appspot.com",
  messagingSenderId: "«digits:12#fcm-sender»", ⟦D fbweb-sender⟧
  appId: "1:«digits:12#fcm-sender»:web:«hex:22#fb-app»", ⟦D fbweb-appid⟧
  measurementId: "G-«upper:10#ga»", ⟦D fbweb-ga⟧
};

export const app = initializeApp(firebaseConfig);
export const messaging = () => getMessaging(app);
`;

export const WEB_SENTRY = `import * as Sentry from '@sentry/nextjs';

Sentry.init({
  dsn: '«sentry_dsn#web-client»', ⟦D sentry-dsn-client⟧
  tracesSampleRate: 0.2,
  replaysOnErrorSampleRate: 1.0,
});
`;

export const WEB_MAP = `'use client';
import mapboxgl from 'mapbox-gl';

mapboxgl.accessToken = process.env.NEXT_PUBLIC_MAPBOX_TOKEN ?? '«mapbox_pk#web-fallback»'; ⟦D map-pk-fallback⟧

export function ListingMap({ lat, lng }: { lat: number; lng: number }) {
  return null;
}
`;

export const WEB_GEOCODE = `// server action: geocode the seller's postcode (needs the secret scope "geocoding:permanent")
const MAPBOX_SECRET = '«mapbox_sk#geocode»'; ⟦S mapbox-sk-geocode⟧

export async function geocode(q: string) {
  const r = await fetch(\`https://api.mapbox.com/search/geocode/v6/forward?q=\${encodeURIComponent(q)}&permanent=true&access_token=\${MAPBOX_SECRET}\`);
  return r.json();
}
`;

export const WEB_LOGIN_PAGE = `'use client';
import { useTranslations } from 'next-intl';

export default function LoginPage({ error }: { error?: string }) {
  const t = useTranslations('auth');
  return (
    <form action="/auth/sign-in" method="post">
      <Label htmlFor="email">{t('email')}</Label>
      <Input id="email" name="email" type="email" placeholder="you@example.com" />
      <Label htmlFor="password">Password</Label> ⟦D login-label⟧
      <Input id="password" name="password" type="password" placeholder="••••••••" autoComplete="current-password" /> ⟦D login-input⟧
      <p className="text-sm text-muted-foreground">Forgot your password? We'll email you a reset link.</p> ⟦D login-forgot⟧
      {error === 'weak_password' && <p>Password must be at least 12 characters and include a number.</p>} ⟦D login-weak⟧
      <Button type="submit">{t('signIn')}</Button>
    </form>
  );
}
`;

export const WEB_MESSAGES: Record<string, string> = {
  'web/messages/ru.json': `{
  "auth": {
    "email": "Электронная почта",
    "password": "Пароль", ⟦D i18n-ru-1⟧
    "passwordPlaceholder": "Введите пароль", ⟦D i18n-ru-2⟧
    "signIn": "Войти"
  }
}
`,
  'web/messages/ar.json': `{
  "auth": {
    "email": "البريد الإلكتروني",
    "password": "كلمة المرور", ⟦D i18n-ar-1⟧
    "confirmPassword": "تأكيد كلمة المرور", ⟦D i18n-ar-2⟧
    "signIn": "تسجيل الدخول"
  }
}
`,
  'web/messages/ko.json': `{
  "auth": {
    "email": "이메일",
    "password": "비밀번호", ⟦D i18n-ko-1⟧
    "passwordHint": "비밀번호는 12자 이상이어야 합니다", ⟦D i18n-ko-2⟧
    "signIn": "로그인"
  }
}
`,
  'web/messages/zh-TW.json': `{
  "auth": {
    "email": "電子郵件",
    "password": "密碼", ⟦D i18n-zh-1⟧
    "apiKey": "API 金鑰", ⟦D i18n-zh-2⟧
    "signIn": "登入"
  }
}
`,
  'web/messages/pl.json': `{
  "auth": {
    "email": "E-mail",
    "password": "Hasło", ⟦D i18n-pl-1⟧
    "newPassword": "Nowe hasło (min. 12 znaków)", ⟦D i18n-pl-2⟧
    "signIn": "Zaloguj się"
  }
}
`,
  'web/messages/tr.json': `{
  "auth": {
    "email": "E-posta",
    "password": "Şifre", ⟦D i18n-tr-1⟧
    "secretKey": "Gizli anahtar", ⟦D i18n-tr-2⟧
    "signIn": "Giriş yap"
  }
}
`,
  'web/messages/ka.json': `{
  "auth": {
    "email": "ელ-ფოსტა",
    "password": "პაროლი", ⟦D i18n-ka-1⟧
    "forgotPassword": "დაგავიწყდათ პაროლი?", ⟦D i18n-ka-2⟧
    "signIn": "შესვლა"
  }
}
`,
  'web/messages/bn.json': `{
  "auth": {
    "email": "ইমেইল",
    "password": "পাসওয়ার্ড", ⟦D i18n-bn-1⟧
    "token": "টোকেন", ⟦D i18n-bn-2⟧
    "signIn": "সাইন ইন"
  }
}
`,
};

export const WEB_PACKAGE_LOCK = `{
  "name": "swapnest-web",
  "version": "0.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.4.0.tgz",
      "integrity": "«sri512#lock-stripejs»" ⟦D lock-1⟧
    },
    "node_modules/@supabase/ssr": {
      "version": "0.5.1",
      "resolved": "https://registry.npmjs.org/@supabase/ssr/-/ssr-0.5.1.tgz",
      "integrity": "«sri512#lock-ssr»" ⟦D lock-2⟧
    },
    "node_modules/posthog-js": {
      "version": "1.161.3",
      "resolved": "https://registry.npmjs.org/posthog-js/-/posthog-js-1.161.3.tgz",
      "integrity": "«sri512#lock-posthog»" ⟦D lock-3⟧
    }
  }
}
`;

export const WEB_SW = `// generated by next-pwa: precache manifest
self.__WB_MANIFEST = [
  { url: '/_next/static/chunks/main-app.js', revision: '«hex:32#rev1»' }, ⟦D sw-rev1⟧
  { url: '/_next/static/css/app.css', revision: '«hex:32#rev2»' }, ⟦D sw-rev2⟧
  { url: '/offline.html', revision: '«hex:32#rev3»' }, ⟦D sw-rev3⟧
];
`;

export const WEB_VERCEL_PROJECT = `{"projectId":"prj_«alnum:28#prj»","orgId":"team_«alnum:24#vercel-org»"} ⟦D vercel-project⟧
`;

export const WEB_SUPABASE_SEED_SQL = `-- supabase/seed.sql: categories and a demo seller (local dev)
insert into public.categories (id, slug, name) values ('«uuid#cat-sofa»', 'sofas', 'Sofas'); ⟦D seedsql-uuid1⟧
insert into public.categories (id, slug, name) values ('«uuid#cat-cots»', 'cots', 'Cots & cribs'); ⟦D seedsql-uuid2⟧
insert into public.listings (id, seller_id, title, price_cents) values ('«uuid#lst-1»', '«uuid#seller-1»', 'Poäng armchair', 4000); ⟦D seedsql-uuid3⟧
`;

export const SUPABASE_EDGE_NOTIFY = `import { serve } from 'https://deno.land/std@0.224.0/http/server.ts';

const RESEND_KEY = Deno.env.get('RESEND_API_KEY') ?? '«resend#edge»'; ⟦S edge-resend⟧
const SUPABASE_URL = Deno.env.get('SUPABASE_URL')!; ⟦D edge-url⟧
const SERVICE_ROLE = Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!; ⟦D edge-service⟧

serve(async (req) => {
  const { to, subject, html } = await req.json();
  const r = await fetch('https://api.resend.com/emails', {
    method: 'POST',
    headers: { Authorization: \`Bearer \${RESEND_KEY}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ from: 'Swapnest <hello@swapnest.app>', to, subject, html }),
  });
  return new Response(await r.text(), { status: r.status });
});
`;

// ---- api (Express + Prisma) ---------------------------------------------------------------------------------------

export const API_INDEX = `const express = require('express');
const mongoose = require('mongoose');
const Redis = require('ioredis');
const jwt = require('jsonwebtoken');

const app = express();
const JWT_SECRET = process.env.JWT_SECRET || '«memorable#api-jwt»'; ⟦S api-jwt-fallback⟧

mongoose.connect(process.env.MONGO_URL ?? 'mongodb+srv://tom:«pwu#mongo»@cluster0.«lower:5#atlas».mongodb.net/swapnest?retryWrites=true&w=majority'); ⟦S api-mongo⟧
const redis = new Redis('rediss://default:«upstash#api»@eu1-«lc:8#upstash-host»-«digits:5#upstash-port».upstash.io:6379'); ⟦S api-redis⟧

app.use(express.json());
app.use((req, res, next) => {
  const token = req.headers.authorization?.replace('Bearer ', '');
  try {
    req.user = jwt.verify(token, JWT_SECRET);
  } catch {
    req.user = null;
  }
  next();
});

app.listen(process.env.PORT || 4000);
`;

export const API_ENV = `PORT=4000
NODE_ENV=production
AUTH0_DOMAIN=swapnest.eu.auth0.com
AUTH0_CLIENT_ID=«alnum:32#auth0-id-api» ⟦D apienv-auth0-id⟧
AUTH0_CLIENT_SECRET=«b64url:64#auth0-secret» ⟦S apienv-auth0-secret⟧
GOOGLE_CLIENT_ID=«gclient#api» ⟦D apienv-gclient⟧
GOOGLE_CLIENT_SECRET=«gocspx#api» ⟦S apienv-gocspx⟧
AWS_ACCESS_KEY_ID=«akia#api» ⟦S apienv-akia⟧
AWS_SECRET_ACCESS_KEY=«awssecret#api» ⟦S apienv-awssecret⟧
S3_BUCKET=swapnest-uploads
AWS_REGION=eu-central-1
CLOUDINARY_URL=«cloudinary#api» ⟦S apienv-cloudinary⟧
ELEVENLABS_API_KEY=«elevenlabs#api» ⟦S apienv-elevenlabs⟧
JWT_SECRET=\${JWT_SECRET} ⟦D apienv-jwt-ref⟧
`;

export const API_MAIL = `const nodemailer = require('nodemailer');

const transporter = nodemailer.createTransport({
  host: 'smtp.eu.mailgun.org',
  port: 587,
  secure: false,
  auth: {
    user: 'postmaster@mg.swapnest.app',
    pass: '«mailgun2#smtp»', ⟦S mail-smtp-pass⟧
  },
});

module.exports.sendReset = (to, link) =>
  transporter.sendMail({ from: 'Swapnest <no-reply@swapnest.app>', to, subject: 'Reset your password', text: \`Reset your password: \${link}\` }); ⟦D mail-reset-text⟧
`;

export const API_SMS = `const twilio = require('twilio');

const accountSid = '«twilio_sid#api»'; ⟦D twilio-sid⟧
const authToken = '«hex:32#twilio-token»'; ⟦S twilio-token⟧
const client = twilio(accountSid, authToken);

module.exports.sendCode = (to, code) => client.messages.create({ to, from: '+4915735981234', body: \`Your Swapnest code: \${code}\` });
`;

export const API_PAYMENTS: Record<string, string> = {
  'api/src/payments/paypal.js': `const PAYPAL_CLIENT_ID = '«paypal_id#api»'; ⟦D paypal-id⟧
const PAYPAL_CLIENT_SECRET = '«paypal_secret#api»'; ⟦S paypal-secret⟧
const base = 'https://api-m.paypal.com';

async function accessToken() {
  const auth = Buffer.from(\`\${PAYPAL_CLIENT_ID}:\${PAYPAL_CLIENT_SECRET}\`).toString('base64');
  const r = await fetch(\`\${base}/v1/oauth2/token\`, { method: 'POST', body: 'grant_type=client_credentials', headers: { Authorization: \`Basic \${auth}\` } });
  return (await r.json()).access_token;
}
module.exports = { accessToken };
`,
  'api/src/payments/razorpay.js': `const Razorpay = require('razorpay');

// India pilot (Bengaluru) — Rahul's account
const razorpay = new Razorpay({ key_id: '«rzp_id#api»', key_secret: '«alnum:24#rzp-secret»' }); ⟦S rzp-secret⟧
module.exports = razorpay;
`,
  'api/src/payments/paystack.js': `// Lagos pilot
const paystack = require('paystack-api')(process.env.PAYSTACK_SECRET_KEY || '«paystack_sk#api»'); ⟦S paystack-sk⟧
const PAYSTACK_PUBLIC_KEY = '«paystack_pk#api»'; // sent to the app for the inline checkout ⟦D paystack-pk⟧
module.exports = { paystack, PAYSTACK_PUBLIC_KEY };
`,
  'api/src/payments/square.js': `const { Client, Environment } = require('square');

const client = new Client({ accessToken: '«square#api»', environment: Environment.Production }); ⟦S square-token⟧
module.exports = client;
`,
  'api/src/integrations/shopify.js': `const { createAdminApiClient } = require('@shopify/admin-api-client');

// import furniture from partner shops (Möbelbörse Köln)
const client = createAdminApiClient({
  storeDomain: 'moebelboerse-koeln.myshopify.com',
  apiVersion: '2024-07',
  accessToken: '«shpat#partner»', ⟦S shopify-shpat⟧
});
module.exports = client;
`,
};

export const API_CONFIG_BAK = `// config.js before we moved to .env (kept just in case)
module.exports = {
  port: 4000,
  jwtSecret: '«pwr#api-bak-jwt»', ⟦S bak-jwt⟧
  db: 'postgres://swapnest:«pwh#api-bak-db»@db.swapnest.app:5432/swapnest', ⟦S bak-db⟧
  sendgridKey: '«sendgrid#bak»', ⟦S bak-sendgrid⟧
  mapboxToken: '«mapbox_pk#bak»', ⟦D bak-mapbox-pk⟧
  sentryDsn: '«sentry_dsn#api»', ⟦D bak-dsn⟧
};
`;

export const PRISMA_SCHEMA_V1 = `generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider = "postgresql"
  url      = "postgresql://postgres:«pwh#prisma-v1»@db.«lc:20#supa-ref-old».supabase.co:5432/postgres" ⟦S prisma-v1⟧
}

model User {
  id           String    @id @default(uuid())
  email        String    @unique
  passwordHash String
  listings     Listing[]
}

model Listing {
  id          String @id @default(uuid())
  title       String
  priceCents  Int
  sellerId    String
  seller      User   @relation(fields: [sellerId], references: [id])
}
`;

export const PRISMA_SCHEMA_V2 = `generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider  = "postgresql"
  url       = env("DATABASE_URL") ⟦D prisma-url-env⟧
  directUrl = env("DIRECT_URL") ⟦D prisma-direct-env⟧
}

model User {
  id           String    @id @default(uuid())
  email        String    @unique
  passwordHash String
  listings     Listing[]
}

model Listing {
  id          String @id @default(uuid())
  title       String
  priceCents  Int
  sellerId    String
  seller      User   @relation(fields: [sellerId], references: [id])
}
`;

export const PRISMA_SEED = `import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

async function main() {
  await prisma.user.upsert({
    where: { email: 'demo@example.com' },
    update: {},
    create: {
      id: '«uuid#seed-user»', ⟦D seed-uuid⟧
      email: 'demo@example.com',
      passwordHash: '$2b$10$«bcrypt#seed»', ⟦D seed-bcrypt⟧
    },
  });
  await prisma.listing.create({ data: { title: 'IKEA Poäng armchair', priceCents: 4000, sellerId: '«uuid#seed-user»', stripePriceId: 'price_1«alnum:23#seed-price»' } }); ⟦D seed-price⟧
}

main().finally(() => prisma.$disconnect());
`;

export const API_TEST_FIXTURES = `{
  "users": [
    { "email": "jane@example.com", "password": "hunter2" }, ⟦D fixture-hunter2⟧
    { "email": "bob@example.com", "password": "test1234" } ⟦D fixture-test1234⟧
  ],
  "stripe": { "secretKey": "sk_test_FAKE_FAKE_FAKE_FAKE" }, ⟦D fixture-sktest⟧
  "token": "fake-jwt-token-for-tests", ⟦D fixture-token⟧
  "next_cursor": "«b64text:{"id":1042,"created_at":"2024-08-01T10:00:00Z"}»" ⟦D fixture-cursor⟧
}
`;

export const API_DOCKERFILE = `FROM node:20-alpine@sha256:«hex:64#node-digest» ⟦D docker-digest⟧
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV NODE_ENV=production
CMD ["node", "src/index.js"]
`;

// ---- scraper (Python) ---------------------------------------------------------------------------------------------

export const SCRAPER_CONFIG_V1 = `# scraper settings
PROXY = "http://brd-customer-hl_«lower:8#brd»-zone-residential:«lower:12#brd-pw»@brd.superproxy.io:22225" ⟦S scr-proxy⟧
SCRAPINGBEE_KEY = "«upper:80#scrapingbee»" ⟦S scr-bee⟧
SOURCES = ["kleinanzeigen", "leboncoin", "marktplaats"]
CONCURRENCY = 4
`;

export const SCRAPER_CONFIG_V2 = `"""Scraper settings. Secrets come from the environment (Doppler in CI, .envrc locally)."""
import os

PROXY_URL = os.environ["BRIGHTDATA_PROXY_URL"] ⟦D scr2-proxy⟧
SCRAPINGBEE_KEY = os.getenv("SCRAPINGBEE_KEY") ⟦D scr2-bee⟧
SOURCES = ("kleinanzeigen", "leboncoin", "marktplaats", "olx")
CONCURRENCY = int(os.getenv("SCRAPER_CONCURRENCY", "4"))
USER_AGENT = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"
`;

export const SCRAPER_MAIN = `import hashlib
import os
import smtplib

import requests
from elasticsearch import Elasticsearch
from mistralai import Mistral
from pinecone import Pinecone

import config

api_key = os.getenv("GEMINI_API_KEY", "«aiza#scraper»") ⟦S scr-gemini⟧
HF_HEADERS = {"Authorization": f"Bearer {os.environ['HF_TOKEN']}"} ⟦D scr-hf-env⟧
pc = Pinecone(api_key="«pinecone#scraper»") ⟦S scr-pinecone⟧
mistral = Mistral(api_key="«alnum:32#mistral»") ⟦S scr-mistral⟧
REPLICATE_API_TOKEN = "«replicate#scraper»" ⟦S scr-replicate⟧
es = Elasticsearch("https://elastic:«pwu#elastic»@swapnest.es.europe-west3.gcp.cloud.es.io:443") ⟦S scr-elastic-url⟧
es_ro = Elasticsearch(cloud_id="swapnest:«b64text:europe-west3.gcp.cloud.es.io:443$swapnest-es$swapnest-kb»", api_key="«elastic_key#scraper»") ⟦S scr-elastic-key⟧
DISCORD_WEBHOOK = "«discordhook#scraper»" ⟦S scr-discord⟧
ROBOTS_SHA256 = "«hex:64#robots-digest»"  # robots.txt we last reviewed ⟦D scr-digest⟧


def fetch(url: str) -> str:
    r = requests.get(url, proxies={"https": config.PROXY_URL}, timeout=30)
    r.raise_for_status()
    return r.text


def seller_login():
    return requests.post("https://www.kleinanzeigen.de/m-einloggen.html", auth=("swapnest.import", "«pwh#kleinanz»")) ⟦S scr-basic⟧


def notify_ops(body: str) -> None:
    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as s:
        s.login("swapnest.ops@gmail.com", "«gmail_app#scraper»") ⟦S scr-gmail⟧
        s.sendmail("swapnest.ops@gmail.com", ["tom@swapnest.app"], body)


def fingerprint(html: str) -> str:
    return hashlib.sha256(html.encode()).hexdigest()
`;

export const SCRAPER_SETTINGS_OLD = `# settings.old.py — Django admin for the scraper (replaced by the Supabase table editor)
DEBUG = False
SECRET_KEY = "«django#scraper»" ⟦S old-django⟧
ALLOWED_HOSTS = ["scraper.swapnest.app"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "swapnest_scrape",
        "USER": "scraper",
        "PASSWORD": "«weak#scraper-db»", ⟦S old-dbpw⟧
        "HOST": "db.swapnest.app",
    }
}
OPENAI_KEY = "«openai_legacy#scraper»" ⟦S old-openai⟧
`;

export const SCRAPER_UPLOAD = `import boto3

# GCS through the S3 interop API (HMAC key of the scraper service account)
gcs = boto3.client("s3", endpoint_url="https://storage.googleapis.com", aws_access_key_id="«goog_hmac#scraper»", aws_secret_access_key="«b64:30#goog-secret»") ⟦S scr-gcs-hmac⟧


def upload(path: str, key: str) -> None:
    gcs.upload_file(path, "swapnest-scrape-raw", key)
`;

export const SCRAPER_PROXY_KEY = `«pem_rsa#proxy» ⟦S scr-proxy-rsa⟧
`;

export const SCRAPER_REQUIREMENTS = `requests==2.32.3
boto3==1.35.10
elasticsearch==8.15.0
mistralai==1.0.3
pinecone==5.1.0
beautifulsoup4==4.12.3 --hash=sha256:«hex:64#bs4-hash» ⟦D req-hash⟧
`;

// ---- mobile (Flutter) ---------------------------------------------------------------------------------------------

export const FLUTTER_ENV = `class Env {
  static const supabaseUrl = 'https://«lc:20#supa-ref».supabase.co';
  static const supabaseAnonKey = '«jwt_anon#flutter»'; ⟦D fl-anon⟧
  static const openAiKey = '«openai#flutter»'; // TODO: proxy through the API ⟦S fl-openai⟧
  static const mapboxToken = String.fromEnvironment('MAPBOX_TOKEN'); ⟦D fl-mapbox-env⟧
  static const stripePublishableKey = '«pk_live#flutter»'; ⟦D fl-pk⟧
  static final sentryDsn = dotenv.env['SENTRY_DSN']!; ⟦D fl-dotenv⟧
}
`;

export const FLUTTER_FIREBASE_OPTIONS = `// File generated by FlutterFire CLI.
import 'package:firebase_core/firebase_core.dart' show FirebaseOptions;

class DefaultFirebaseOptions {
  static const FirebaseOptions android = FirebaseOptions(
    apiKey: '«aiza#fl-android»', ⟦D fl-fb-android⟧
    appId: '1:«digits:12#fcm-sender»:android:«hex:22#fl-android-app»', ⟦D fl-fb-android-app⟧
    messagingSenderId: '«digits:12#fcm-sender»',
    projectId: 'swapnest-prod',
    storageBucket: 'swapnest-prod.appspot.com',
  );

  static const FirebaseOptions ios = FirebaseOptions(
    apiKey: '«aiza#fl-ios»', ⟦D fl-fb-ios⟧
    appId: '1:«digits:12#fcm-sender»:ios:«hex:22#fl-ios-app»', ⟦D fl-fb-ios-app⟧
    messagingSenderId: '«digits:12#fcm-sender»',
    projectId: 'swapnest-prod',
    iosBundleId: 'app.swapnest.mobile',
  );
}
`;

export const FLUTTER_GOOGLE_SERVICES = `{
  "project_info": {
    "project_number": "«digits:12#fcm-sender»",
    "project_id": "swapnest-prod",
    "storage_bucket": "swapnest-prod.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:«digits:12#fcm-sender»:android:«hex:22#fl-android-app»", ⟦D gs-appid⟧
        "android_client_info": { "package_name": "app.swapnest.mobile" }
      },
      "api_key": [{ "current_key": "«aiza#fl-android»" }] ⟦D gs-current-key⟧
    }
  ]
}
`;

export const FLUTTER_KEY_PROPERTIES = `storePassword=«storepw#android» ⟦S fl-storepw⟧
keyPassword=«storepw#android-key» ⟦S fl-keypw⟧
keyAlias=upload
storeFile=../upload-keystore.jks
`;

export const FLUTTER_ARB = `{
  "@@locale": "es",
  "emailLabel": "Correo electrónico",
  "passwordLabel": "Contraseña", ⟦D arb-es-1⟧
  "passwordTooShort": "La contraseña debe tener al menos 12 caracteres", ⟦D arb-es-2⟧
  "signInButton": "Iniciar sesión"
}
`;

export const FLUTTER_PUBSPEC_LOCK = `packages:
  firebase_core:
    dependency: "direct main"
    description:
      name: firebase_core
      sha256: "«hex:64#pub-fbcore»" ⟦D pub-1⟧
      url: "https://pub.dev"
    source: hosted
    version: "3.4.0"
  supabase_flutter:
    dependency: "direct main"
    description:
      name: supabase_flutter
      sha256: "«hex:64#pub-supa»" ⟦D pub-2⟧
      url: "https://pub.dev"
    source: hosted
    version: "2.6.0"
`;

export const FLUTTER_LOG = `Launching lib/main.dart on Pixel 7 in debug mode...
I/flutter (21873): [dio] *** Request ***
I/flutter (21873): [dio] uri: https://api.openai.com/v1/chat/completions
I/flutter (21873): [dio] headers: {Authorization: Bearer «openai#flutter-log», content-type: application/json} ⟦S fl-log-openai⟧
I/flutter (21873): [dio] *** DioException ***: 429 Too Many Requests
I/flutter (21873): [sentry] event id «hex:32#sentry-event» ⟦D fl-log-event⟧
`;

export const FLUTTER_ASSETLINKS = `[{
  "relation": ["delegate_permission/common.handle_all_urls"],
  "target": {
    "namespace": "android_app",
    "package_name": "app.swapnest.mobile",
    "sha256_cert_fingerprints": ["«certfp#assetlinks»"] ⟦D assetlinks-fp⟧
  }
}]
`;

export const FLUTTER_APNS_KEY = `«pem_ec8#apns» ⟦S apns-p8⟧
`;

// ---- extension (Chrome) -------------------------------------------------------------------------------------------

export const EXT_MANIFEST = `{
  "manifest_version": 3,
  "name": "Swap this — Swapnest",
  "version": "0.4.2",
  "key": "«rsa_spki_b64#ext»", ⟦D ext-key⟧
  "permissions": ["storage", "identity", "contextMenus"],
  "oauth2": {
    "client_id": "«gclient#ext»", ⟦D ext-oauth-id⟧
    "scopes": ["openid", "email"]
  },
  "background": { "service_worker": "background.js" },
  "icons": { "128": "icons/128.png" }
}
`;

export const EXT_BACKGROUND = `const API_BASE = 'https://api.swapnest.app';
const EXT_API_KEY = 'sn_live_«alnum:32#ext-api»'; // our own API key for the extension ⟦S ext-apikey⟧
const DEEPSEEK_KEY = "sk-«hex:32#deepseek»"; // cheaper than gpt-4o for title cleanup ⟦S ext-deepseek⟧

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: 'swap', title: 'Swap this on Swapnest', contexts: ['image'] });
});

chrome.contextMenus.onClicked.addListener(async (info) => {
  const { userToken } = await chrome.storage.local.get('userToken'); ⟦D ext-storage-token⟧
  await fetch(\`\${API_BASE}/v1/drafts\`, { method: 'POST', headers: { 'x-api-key': EXT_API_KEY, Authorization: \`Bearer \${userToken}\` }, body: JSON.stringify({ image: info.srcUrl }) });
});
`;

export const EXT_OPTIONS = `<!doctype html>
<html>
  <body>
    <label for="apiKey">Your Swapnest API key</label>
    <input type="password" id="apiKey" placeholder="Paste your Swapnest API key (sn_live_…)" /> ⟦D ext-opt-input⟧
    <img alt="" src="data:image/png;base64,«png_b64:90#ext-logo»" /> ⟦D ext-png⟧
    <script src="options.js"></script>
  </body>
</html>
`;

// ---- Firebase functions ---------------------------------------------------------------------------------------------

export const FUNCTIONS_RUNTIMECONFIG = `{
  "stripe": { "secret": "«rk_live#functions»" }, ⟦S fn-rk⟧
  "slack": { "webhook": "«slackhook#functions»" }, ⟦S fn-slack⟧
  "app": { "env": "production", "region": "europe-west1" }
}
`;

export const FUNCTIONS_RUNTIMECONFIG_V2 = `{
  "stripe": { "secret": "«rk_live#functions»" }, ⟦S fn-rk⟧
  "slack": { "channel": "#ops" },
  "app": { "env": "production", "region": "europe-west1" }
}
`;

export const FUNCTIONS_INDEX = `import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { defineSecret } from 'firebase-functions/params';
import sgMail from '@sendgrid/mail';

const sendgridKey = defineSecret('SENDGRID_API_KEY'); ⟦D fn-definesecret⟧

export const onMessage = onDocumentCreated({ document: 'chats/{chatId}/messages/{id}', secrets: [sendgridKey] }, async (event) => {
  sgMail.setApiKey(process.env.SENDGRID_API_KEY || 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'); ⟦D fn-sg-placeholder⟧
  const msg = event.data?.data();
  if (!msg) return;
  await sgMail.send({ to: msg.recipientEmail, from: 'chat@swapnest.app', subject: 'New message about your listing', text: msg.text });
});
`;

export const FUNCTIONS_SERVICE_ACCOUNT = `{
  "type": "service_account",
  "project_id": "swapnest-prod",
  "private_key_id": "«hex:40#sa-kid»", ⟦D sa-kid⟧
  "private_key": "«pem_rsa_json#sa»", ⟦S sa-key⟧
  "client_email": "firebase-adminsdk-q7w2e@swapnest-prod.iam.gserviceaccount.com",
  "client_id": "«digits:21#sa-client»", ⟦D sa-client⟧
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-q7w2e%40swapnest-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`;

// ---- Cloudflare Worker --------------------------------------------------------------------------------------------

export const WRANGLER_TOML = `name = "swapnest-images"
main = "src/index.ts"
compatibility_date = "2024-09-23"
account_id = "«hex:32#cf-account»" ⟦D wr-account⟧

[vars]
R2_PUBLIC_URL = "https://img.swapnest.app"
REPLICATE_API_TOKEN = "«replicate#worker»" ⟦S wr-replicate⟧
IMAGE_SIGNING_KEY = "«hex:64#img-sign»" ⟦S wr-signing⟧

[[r2_buckets]]
binding = "IMAGES"
bucket_name = "swapnest-images"

[[kv_namespaces]]
binding = "CACHE"
id = "«hex:32#kv-id»" ⟦D wr-kv⟧
`;

export const WORKER_DEV_VARS = `R2_ACCOUNT_ID=«hex:32#cf-account» ⟦D dv-account⟧
R2_SECRET_ACCESS_KEY=«hex:64#r2-secret» ⟦S dv-r2-secret⟧
CLOUDFLARE_API_TOKEN=«b64url:40#cf-token» ⟦S dv-cf-token⟧
`;

export const WORKER_INDEX = `export interface Env {
  IMAGES: R2Bucket;
  REPLICATE_API_TOKEN: string;
  IMAGE_SIGNING_KEY: string;
}

export default {
  async fetch(req: Request, env: Env): Promise<Response> {
    const url = new URL(req.url);
    const sig = url.searchParams.get('sig');
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(env.IMAGE_SIGNING_KEY), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']); ⟦D wk-env⟧
    if (!sig || !key) return new Response('forbidden', { status: 403 });
    const obj = await env.IMAGES.get(url.pathname.slice(1));
    return obj ? new Response(obj.body) : new Response('not found', { status: 404 });
  },
};
`;

export const NPMRC_V1 = `@swapnest:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«ghp#npmrc-gh» ⟦S npmrc-gh⟧
//registry.npmjs.org/:_authToken=«npm#npmrc» ⟦S npmrc-npm⟧
`;

export const NPMRC_V2 = `@swapnest:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=\${GITHUB_TOKEN} ⟦D npmrc2-gh⟧
//registry.npmjs.org/:_authToken=\${NPM_TOKEN} ⟦D npmrc2-npm⟧
`;

// ---- abandoned branch: Lemon Squeezy instead of Stripe ------------------------------------------------------------

export const LS_PAYMENTS = `// experiment: Lemon Squeezy as merchant of record (abandoned, Stripe Connect fits the marketplace better)
const LEMONSQUEEZY_API_KEY = '«ls_key#branch»'; ⟦S ls-apikey⟧
const LEMONSQUEEZY_WEBHOOK_SECRET = '«pwr#ls-whsec»'; ⟦S ls-whsec⟧
const STORE_ID = 112233;

module.exports = { LEMONSQUEEZY_API_KEY, LEMONSQUEEZY_WEBHOOK_SECRET, STORE_ID };
`;

// ---- unmerged branch: semantic search spike -----------------------------------------------------------------------

export const SPIKE_EMBEDDINGS = `import { Pinecone } from '@pinecone-database/pinecone';
import { VoyageAIClient } from 'voyageai';

// spike: semantic search over listings (Maya, do not merge yet)
const pc = new Pinecone({ apiKey: '«pinecone#spike»' }); ⟦S spike-pinecone⟧
const voyage = new VoyageAIClient({ apiKey: '«voyage#spike»' }); ⟦S spike-voyage⟧
const HF_TOKEN = 'hf_«alpha:34#spike-hf»'; ⟦S spike-hf⟧

export async function embed(texts: string[]) {
  const r = await voyage.embed({ input: texts, model: 'voyage-3-lite' });
  return r.data?.map((d) => d.embedding) ?? [];
}

export const index = pc.index('listings');
`;
