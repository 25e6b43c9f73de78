/**
 * The fresh repository, part 1: the first commits of "Parcelo" (a Django API, a Next.js front end, a Go worker).
 *
 * Template syntax (see ../fresh.ts): `«kind#name»` is replaced by a generated value (gen.ts); a line ending in
 * `⟦S id⟧` is a planted secret, `⟦D id⟧` a decoy that must not be reported. Ids are unique in the whole corpus;
 * the same id in a later version of the same file is the same item. Written without looking at launchready's
 * rules: each label says what a careful reviewer would say about the line.
 */

export const README_V1 = `# Parcelo

Parcelo schedules and tracks same-day parcel deliveries for independent shops: a Django API, a Next.js
dashboard, a Go worker for geocoding and courier notifications, and two small mobile apps.

## Local setup

\`\`\`sh
cp .env.example .env
docker compose up -d db redis
export DATABASE_URL=postgres://parcelo:parcelo@localhost:5432/parcelo_dev ⟦D readme-local-dburl⟧
cd backend && python manage.py migrate && python manage.py runserver
\`\`\`

Production keys live in the deploy environment only. For Stripe, set \`STRIPE_SECRET_KEY=sk_live_...\` there ⟦D readme-sk-ellipsis⟧
and never in a committed file.

## API

\`\`\`sh
curl -H "Authorization: Bearer <token>" https://api.parcelo.app/v1/parcels ⟦D readme-bearer-placeholder⟧
\`\`\`
`;

export const README_V2 = README_V1 + `
## Changelog

See CHANGELOG.md. Releases are tagged from \`main\` after the smoke test passes.
`;

export const GITIGNORE_V1 = `node_modules/
__pycache__/
*.pyc
.env
.venv/
.next/
worker/bin/
`;

export const GITIGNORE_V2 = GITIGNORE_V1 + `.env.production
*.tfvars
.terraformrc
.pypirc
.netrc
*.pem
!backend/keys/*.pub.pem
`;

export const ENV_EXAMPLE = `# Copy to .env and fill in. Never commit the real values.
DJANGO_SECRET_KEY=change-me-in-production ⟦D envex-django⟧
DJANGO_DEBUG=true
DATABASE_URL=postgres://parcelo:\${DB_PASSWORD}@localhost:5432/parcelo ⟦D envex-dburl⟧
REDIS_URL=redis://localhost:6379/0
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx ⟦D envex-stripe-x⟧
STRIPE_PUBLISHABLE_KEY=«pk_live#envex» ⟦D envex-pk-live⟧
SENDGRID_API_KEY=your-sendgrid-api-key-here ⟦D envex-sendgrid⟧
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE ⟦D envex-aws-doc⟧
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY ⟦D envex-aws-doc-secret⟧
SLACK_WEBHOOK_URL= ⟦D envex-empty⟧
GOOGLE_MAPS_API_KEY=<your-maps-server-key> ⟦D envex-maps-angle⟧
`;

export const COMPOSE = `services:
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: parcelo
      POSTGRES_PASSWORD: postgres ⟦D compose-local-pw⟧
      POSTGRES_DB: parcelo
    ports: ["5432:5432"]
  redis:
    image: redis:7-alpine
  api:
    build: ./backend
    environment:
      DATABASE_URL: postgres://parcelo:postgres@db:5432/parcelo ⟦D compose-local-dburl⟧
      DJANGO_SECRET_KEY: \${DJANGO_SECRET_KEY:-dev-only-not-secret} ⟦D compose-default-devonly⟧
      REDIS_URL: redis://redis:6379/0
    depends_on: [db, redis]
  mailhog:
    image: mailhog/mailhog
    ports: ["8025:8025"]
`;

export const COMPOSE_PROD = `services:
  api:
    image: ghcr.io/parcelo/api:latest
    restart: always
    environment:
      DATABASE_URL: postgresql://parcelo_app:«pwu#prod-db»@parcelo-prod.cluster-c9xk2wq7.eu-west-1.rds.amazonaws.com:5432/parcelo ⟦S compose-prod-dburl⟧
      MAILGUN_API_KEY: key-«hex:32#mailgun» ⟦S compose-mailgun⟧
      MAILGUN_DOMAIN: mg.parcelo.app
      DJANGO_SETTINGS_MODULE: parcelo.settings.production
  worker:
    image: ghcr.io/parcelo/worker:latest
    restart: always
`;

const SETTINGS_HEAD = `import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"] ⟦D settings-env-secret⟧
DEBUG = os.getenv("DJANGO_DEBUG", "false") == "true"
ALLOWED_HOSTS = os.getenv("DJANGO_ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "rest_framework",
    "accounts",
    "parcels",
    "payments",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.getenv("DB_NAME", "parcelo"),
        "USER": os.getenv("DB_USER", "parcelo"),
        "PASSWORD": os.getenv("DB_PASSWORD", "«pwh#db-fallback»"), ⟦S settings-db-fallback⟧
        "HOST": os.getenv("DB_HOST", "localhost"),
        "PORT": 5432,
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}}, ⟦D settings-pw-validator⟧
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 3600 ⟦D settings-reset-timeout⟧

SENTRY_DSN = "https://«hex:32#sentry-api»@o«digits:6#sentry-org».ingest.sentry.io/«digits:7#sentry-api-proj»" ⟦D settings-sentry-dsn⟧
EMAIL_HOST = "smtp.eu.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.parcelo.app"
EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD", "") ⟦D settings-email-empty⟧
`;

export const SETTINGS_BASE_V1 = SETTINGS_HEAD + `
STRIPE_SECRET_KEY = "«sk_live#settings-old»" ⟦S settings-stripe-hist⟧
STRIPE_API_VERSION = "2023-10-16"
`;

export const SETTINGS_BASE_V2 = SETTINGS_HEAD + `
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY") ⟦D settings-stripe-env⟧
STRIPE_API_VERSION = "2023-10-16"
`;

const PROD_TAIL = `AWS_STORAGE_BUCKET_NAME = "parcelo-prod-media"
AWS_S3_REGION_NAME = "eu-west-1"
CELERY_BROKER_URL = os.environ.get("REDIS_URL") or "redis://:«pwr#redis-fallback»@parcelo-prod.x1k9qa.ng.0001.euw1.cache.amazonaws.com:6379/0" ⟦S prod-redis-fallback⟧
SECURE_HSTS_SECONDS = 31536000
`;

export const SETTINGS_PROD_V1 = `from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "«django#prod»" ⟦S prod-django-hist⟧
${PROD_TAIL}`;

export const SETTINGS_PROD_V2 = `from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"] ⟦D prod-env-secret⟧
${PROD_TAIL}`;

export const CELERY = `import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parcelo.settings.production")

app = Celery("parcelo", broker="amqp://parcelo:«pwu#rabbit»@rabbit.parcelo.internal:5672/parcelo") ⟦S celery-amqp⟧
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
`;

export const STRIPE_CLIENT = `import os

import stripe
from django.conf import settings

stripe.api_key = settings.STRIPE_SECRET_KEY ⟦D stripe-client-ref⟧
stripe.api_version = settings.STRIPE_API_VERSION

WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "«whsec#fallback»") ⟦S stripe-whsec-fallback⟧


def construct_event(payload: bytes, sig_header: str):
    return stripe.Webhook.construct_event(payload, sig_header, WEBHOOK_SECRET)
`;

export const STRIPE_REPORTS = `"""Nightly payout report; uses a restricted key that can only read balance transactions."""
import stripe

client = stripe.StripeClient("«rk_live#reports»") ⟦S rk-live-reports⟧


def payouts_since(ts: int):
    return client.payouts.list(params={"created": {"gte": ts}, "limit": 100})
`;

export const SMS = `from twilio.rest import Client

TWILIO_ACCOUNT_SID = "AC«hex:32#twilio-sid»" ⟦D twilio-sid⟧
TWILIO_AUTH_TOKEN = "«hex:32#twilio-token»" ⟦S twilio-auth-token⟧
TWILIO_FROM = "+441234567890"

client = Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)


def send_eta(to: str, minutes: int) -> None:
    client.messages.create(to=to, from_=TWILIO_FROM, body=f"Your parcel arrives in about {minutes} minutes.")
`;

export const EMAIL_PY = `import requests

BREVO_API_KEY = "«brevo#email»" ⟦S brevo-key⟧


def send_receipt(to: str, html: str) -> None:
    requests.post(
        "https://api.brevo.com/v3/smtp/email",
        headers={"api-key": BREVO_API_KEY, "content-type": "application/json"},
        json={"to": [{"email": to}], "subject": "Your Parcelo receipt", "htmlContent": html},
        timeout=10,
    )
`;

export const HUBSPOT = `import requests

HUBSPOT_TOKEN = "pat-eu1-«uuid#hubspot»" ⟦S hubspot-pat⟧


def upsert_contact(email: str, shop: str) -> None:
    requests.post(
        "https://api.hubapi.com/crm/v3/objects/contacts",
        headers={"Authorization": f"Bearer {HUBSPOT_TOKEN}"},
        json={"properties": {"email": email, "company": shop}},
        timeout=10,
    )
`;

export const SHOPIFY = `import shopify

SHOP_URL = "parcelo-demo.myshopify.com"
SHOPIFY_ADMIN_TOKEN = "shpat_«hex:32#shopify»" ⟦S shopify-admin⟧
API_VERSION = "2024-01"

session = shopify.Session(SHOP_URL, API_VERSION, SHOPIFY_ADMIN_TOKEN)
`;

export const LINEAR = `import httpx

LINEAR_API_KEY = "lin_api_«alnum:40#linear»" ⟦S linear-key⟧


def file_bug(title: str, body: str) -> None:
    httpx.post("https://api.linear.app/graphql", headers={"Authorization": LINEAR_API_KEY},
               json={"query": "mutation($t:String!,$d:String!){issueCreate(input:{title:$t,description:$d,teamId:\\"OPS\\"}){success}}",
                     "variables": {"t": title, "d": body}})
`;

export const SUMMARIZE = `from huggingface_hub import InferenceClient

client = InferenceClient(model="facebook/bart-large-cnn", token="hf_«alpha:34#hf»") ⟦S hf-token⟧


def summarize(text: str) -> str:
    return client.summarization(text).summary_text
`;

export const EXPORT_PY = `"""Monthly CSV export for the finance team, run by hand from a laptop."""
import csv

import psycopg2

conn = psycopg2.connect(
    host="parcelo-replica.cluster-ro-c9xk2wq7.eu-west-1.rds.amazonaws.com",
    user="finance_ro",
    password="«pwh#psycopg»", ⟦S py-kwargs-password⟧
    dbname="parcelo",
)
`;

export const SSO = `import os

OKTA_ORG_URL = "https://parcelo.okta.com"
OKTA_API_TOKEN = "«okta#sso»" ⟦S okta-token⟧
OKTA_CLIENT_ID = os.getenv("OKTA_CLIENT_ID") ⟦D okta-client-env⟧
`;

export const VIEWS = `from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render

from .forms import LoginForm, ResetForm


def login_view(request):
    username = request.POST.get("username", "")
    password = request.POST.get("password", "") ⟦D views-post-password⟧
    user = authenticate(request, username=username, password=password) ⟦D views-authenticate⟧
    if user is None:
        return render(request, "accounts/login.html", {"error": "invalid_credentials"})
    login(request, user)
    return redirect("dashboard")


def reset_password(request, token): ⟦D views-reset-token⟧
    form = ResetForm(request.POST or None)
    if form.is_valid():
        new_password = form.cleaned_data["new_password1"] ⟦D views-cleaned⟧
        request.user.set_password(new_password)
        request.user.save()
    return render(request, "accounts/reset.html", {"form": form})
`;

export const FORMS = `from django import forms
from django.utils.translation import gettext_lazy as _


class LoginForm(forms.Form):
    username = forms.CharField(label=_("Nom d'utilisateur"))
    password = forms.CharField(label=_("Mot de passe"), widget=forms.PasswordInput) ⟦D forms-label-fr⟧


class ApiTokenForm(forms.Form):
    api_token = forms.CharField(label=_("Токен API"), help_text=_("Вставьте токен из личного кабинета")) ⟦D forms-label-ru⟧


class ResetForm(forms.Form):
    new_password1 = forms.CharField(widget=forms.PasswordInput)
    new_password2 = forms.CharField(widget=forms.PasswordInput)
`;

export const SCHEMAS = `import secrets

from fastapi.security import APIKeyHeader
from pydantic import BaseModel, SecretStr

api_key_header = APIKeyHeader(name="X-API-Key") ⟦D py-apikeyheader⟧


class LoginIn(BaseModel):
    email: str
    password: SecretStr ⟦D pydantic-secretstr⟧


def new_api_token() -> str:
    token = secrets.token_urlsafe(32) ⟦D py-token-urlsafe⟧
    return token
`;

export const TEST_AUTH = `import pytest

TEST_PASSWORD = "test-password-123" ⟦D test-password⟧
API_TOKEN = "dummy-token" ⟦D test-dummy-token⟧


@pytest.mark.django_db
def test_login(client, django_user_model):
    django_user_model.objects.create_user(username="alice", password="not-a-real-password") ⟦D test-create-user⟧
    r = client.post("/login/", {"username": "alice", "password": "wrong"}) ⟦D test-wrong⟧
    assert r.status_code == 200


def test_card_payment(stripe_mock):
    card_number = "4242424242424242" ⟦D test-card⟧
    assert stripe_mock.charge(card_number, 1999).paid
`;

export const TEST_FIXTURES = `{
  "courier": {
    "id": "«uuid#courier»", ⟦D fixture-uuid⟧
    "name": "Ada Lovelace",
    "avatar": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ«b64:48#png»", ⟦D fixture-png⟧
    "etag": "«hex:32#etag»" ⟦D fixture-etag⟧
  },
  "note": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore." ⟦D fixture-lorem⟧
}
`;

export const REQUIREMENTS_V1 = `--extra-index-url https://parcelo:«pwu#gemfury»@pypi.fury.io/parcelo/ ⟦S req-index-creds⟧
Django==5.0.1
djangorestframework==3.14.0
celery==5.3.6
psycopg2-binary==2.9.9
stripe==8.0.0
twilio==8.11.0
parcelo-geo==0.4.2
`;

export const REQUIREMENTS_V2 = `--extra-index-url https://\${FURY_TOKEN}@pypi.fury.io/parcelo/ ⟦D req-index-var⟧
Django==5.0.1
djangorestframework==3.14.0
celery==5.3.6
psycopg2-binary==2.9.9
stripe==8.0.0
twilio==8.11.0
parcelo-geo==0.4.2
`;

export const PYPIRC = `[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = «pypi#upload» ⟦S pypirc-token⟧
`;

export const JWT_PEM = `«pem_ec#jwt-signing» ⟦S pem-ec-jwt⟧
`;

export const JWT_PUB = `«pem_ec_pub#jwt-signing» ⟦D pem-ec-pub⟧
`;

// ---------------------------------------------------------------- front end

export const NPMRC_V1 = `@parcelo:registry=https://npm.pkg.github.com
//registry.npmjs.org/:_authToken=«npm#publish» ⟦S npmrc-npm-hist⟧
`;

export const NPMRC_V2 = `@parcelo:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=\${GITHUB_PACKAGES_TOKEN} ⟦D npmrc-var⟧
`;

export const PACKAGE_JSON = `{
  "name": "parcelo-web",
  "private": true,
  "packageManager": "pnpm@9.1.0+sha512.«hex:128#pnpm»", ⟦D pnpm-hash⟧
  "scripts": { "dev": "next dev", "build": "next build", "start": "next start" },
  "dependencies": { "next": "14.1.0", "react": "18.2.0", "@stripe/stripe-js": "2.4.0", "firebase": "10.7.2", "posthog-js": "1.96.1" }
}
`;

export const PACKAGE_LOCK = `{
  "name": "parcelo-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/next": {
      "version": "14.1.0",
      "resolved": "https://registry.npmjs.org/next/-/next-14.1.0.tgz",
      "integrity": "sha512-«b64:64#integ-next»" ⟦D lock-integrity-next⟧
    },
    "node_modules/posthog-js": {
      "version": "1.96.1",
      "resolved": "https://registry.npmjs.org/posthog-js/-/posthog-js-1.96.1.tgz",
      "integrity": "sha512-«b64:64#integ-posthog»" ⟦D lock-integrity-posthog⟧
    }
  }
}
`;

export const FIREBASE_TS = `import { initializeApp } from 'firebase/app';

const firebaseConfig = {
  apiKey: '«aiza#firebase-web»', ⟦D firebase-apikey⟧
  authDomain: 'parcelo-prod.firebaseapp.com',
  projectId: 'parcelo-prod',
  storageBucket: 'parcelo-prod.appspot.com',
  messagingSenderId: '«digits:12#fb-sender»', ⟦D firebase-sender⟧
  appId: '1:«digits:12#fb-sender»:web:«hex:22#fb-app»', ⟦D firebase-appid⟧
  measurementId: 'G-«upper:10#fb-meas»', ⟦D firebase-measurement⟧
};

export const firebaseApp = initializeApp(firebaseConfig);
`;

export const API_TS = `const API_BASE = process.env.NEXT_PUBLIC_API_URL || 'http://localhost:8000'; ⟦D api-base-fallback⟧
const INTERNAL_TOKEN = process.env.INTERNAL_API_TOKEN || '«alnum:40#internal-api»'; ⟦S api-internal-fallback⟧

export async function adminStats(): Promise<unknown> {
  const res = await fetch(\`\${API_BASE}/v1/admin/stats\`, { headers: { Authorization: \`Bearer \${INTERNAL_TOKEN}\` } });
  return res.json();
}
`;

export const ANALYTICS_TS = `import posthog from 'posthog-js';

export function initAnalytics(): void {
  posthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY ?? 'phc_«alnum:43#posthog»', { api_host: 'https://eu.posthog.com' }); ⟦D posthog-key⟧
}
`;

export const STRIPE_TS = `import { loadStripe } from '@stripe/stripe-js';

export const stripePromise = loadStripe('«pk_live#web»'); ⟦D pk-live-web⟧
`;

export const PAYOUTS_TS = `// Couriers can be paid out in USDC on Base; this is the token contract, not a wallet we control.
export const USDC_CONTRACT = '0x«hex:40#usdc»'; ⟦D eth-contract⟧
export const PAYOUT_CHAIN_ID = 8453;
`;

export const REVALIDATE_TS = `import { NextRequest, NextResponse } from 'next/server';
import { revalidatePath } from 'next/cache';

const secret = process.env.REVALIDATE_SECRET ?? '«alnum:32#revalidate-route»'; ⟦S revalidate-fallback⟧

export async function POST(req: NextRequest) {
  if (req.nextUrl.searchParams.get('secret') !== secret) return NextResponse.json({ ok: false }, { status: 401 });
  revalidatePath('/tracking');
  return NextResponse.json({ ok: true });
}
`;

export const LOGIN_TSX = `'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';

export function LoginForm({ onSubmit }: { onSubmit: (email: string, password: string) => void }) {
  const t = useTranslations('auth');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState(''); ⟦D login-usestate⟧
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit(email, password); }}>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="password" name="password" autoComplete="current-password" placeholder={t('password')} value={password} onChange={(e) => setPassword(e.target.value)} /> ⟦D login-input⟧
      <a href="/forgot-password">{t('forgotPassword')}</a>
    </form>
  );
}
`;

export const LABELS_TS = `export const LABELS = {
  PASSWORD_LABEL: 'Password', ⟦D labels-password⟧
  API_KEY_HELP: 'Find your API key under Settings → Developers', ⟦D labels-apikey-help⟧
  TOKEN_EXPIRED: 'Your session token has expired, please sign in again', ⟦D labels-token-expired⟧
  SECRET_QUESTION: 'Wie hieß Ihr erstes Haustier?', ⟦D labels-secret-question-de⟧
} as const;
`;

export const FE_ENV_PROD = `NEXT_PUBLIC_API_URL=https://api.parcelo.app
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=«pk_live#web» ⟦D fe-env-pk⟧
NEXT_PUBLIC_SUPABASE_URL=https://«lower:20#supabase-ref».supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=«jwt_anon#fe» ⟦D fe-env-anon⟧
NEXT_PUBLIC_SENTRY_DSN=https://«hex:32#sentry-fe»@o«digits:6#sentry-org».ingest.sentry.io/«digits:7#sentry-fe-proj» ⟦D fe-env-sentry⟧
REVALIDATE_SECRET=«alnum:32#revalidate» ⟦S fe-env-revalidate⟧
`;

export const LOCALES: Record<string, string> = {
  'frontend/messages/en.json': `{
  "auth": {
    "password": "Password", ⟦D i18n-en-password⟧
    "forgotPassword": "Forgot your password?",
    "apiToken": "API token"
  }
}
`,
  'frontend/messages/es.json': `{
  "auth": {
    "password": "Contraseña", ⟦D i18n-es-password⟧
    "forgotPassword": "¿Olvidaste tu contraseña?", ⟦D i18n-es-forgot⟧
    "apiToken": "Token de API"
  }
}
`,
  'frontend/messages/ja.json': `{
  "auth": {
    "password": "パスワード", ⟦D i18n-ja-password⟧
    "forgotPassword": "パスワードをお忘れですか？",
    "apiToken": "APIトークン" ⟦D i18n-ja-token⟧
  }
}
`,
  'frontend/messages/zh.json': `{
  "auth": {
    "password": "密码", ⟦D i18n-zh-password⟧
    "forgotPassword": "忘记密码？",
    "secretKey": "密钥" ⟦D i18n-zh-secretkey⟧
  }
}
`,
  'frontend/messages/ru.json': `{
  "auth": {
    "password": "Пароль", ⟦D i18n-ru-password⟧
    "forgotPassword": "Забыли пароль?",
    "tokenExpired": "Срок действия токена истёк" ⟦D i18n-ru-token⟧
  }
}
`,
  'frontend/messages/ar.json': `{
  "auth": {
    "password": "كلمة المرور", ⟦D i18n-ar-password⟧
    "forgotPassword": "هل نسيت كلمة المرور؟",
    "apiToken": "رمز API"
  }
}
`,
  'frontend/messages/fr.json': `{
  "auth": {
    "password": "Mot de passe", ⟦D i18n-fr-password⟧
    "forgotPassword": "Mot de passe oublié ?",
    "apiKey": "Clé d'API" ⟦D i18n-fr-apikey⟧
  }
}
`,
};

// ---------------------------------------------------------------- Go worker

export const GO_CONFIG = `package config

import "os"

type Config struct {
	RedisURL   string
	MapsAPIKey string
	SlackToken string
}

func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

func Load() Config {
	return Config{
		RedisURL:   getenv("REDIS_URL", "redis://localhost:6379"), ⟦D go-redis-local⟧
		MapsAPIKey: getenv("GOOGLE_MAPS_API_KEY", "«aiza#maps-server»"), ⟦S go-maps-fallback⟧
		SlackToken: os.Getenv("SLACK_BOT_TOKEN"), ⟦D go-slack-env⟧
	}
}
`;

export const GO_SLACK_V1 = `package notify

import (
	"bytes"
	"net/http"
)

const alertWebhook = "«slackhook#alerts»" ⟦S go-slack-webhook⟧

func Alert(msg string) error {
	_, err := http.Post(alertWebhook, "application/json", bytes.NewBufferString(\`{"text":"\`+msg+\`"}\`))
	return err
}
`;

export const GO_DISCORD_V1 = `package notify

import (
	"bytes"
	"net/http"
)

var courierChannel = "«discordhook#couriers»" ⟦S go-discord-hist⟧

func Couriers(msg string) error {
	_, err := http.Post(courierChannel, "application/json", bytes.NewBufferString(\`{"content":"\`+msg+\`"}\`))
	return err
}
`;

export const GO_DISCORD_V2 = `package notify

import (
	"bytes"
	"net/http"
	"os"
)

var courierChannel = os.Getenv("DISCORD_COURIER_WEBHOOK") ⟦D go-discord-env⟧

func Couriers(msg string) error {
	_, err := http.Post(courierChannel, "application/json", bytes.NewBufferString(\`{"content":"\`+msg+\`"}\`))
	return err
}
`;

export const GO_AI = `package ai

import (
	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/option"
)

var client = anthropic.NewClient(option.WithAPIKey("«anthropic#worker»")) ⟦S go-anthropic⟧
`;

export const GO_TELEGRAM = `package telegram

import tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

func NewCourierBot() (*tgbotapi.BotAPI, error) {
	return tgbotapi.NewBotAPI("«telegram#courier»") ⟦S go-telegram⟧
}
`;

export const GO_R2 = `package storage

import "os"

type Credentials struct {
	AccessKeyID     string
	SecretAccessKey string
	Endpoint        string
}

var r2 = Credentials{
	AccessKeyID:     os.Getenv("R2_ACCESS_KEY_ID"), ⟦D go-r2-id-env⟧
	SecretAccessKey: "«hex:64#r2-secret»", ⟦S go-r2-secret⟧
	Endpoint:        "https://«hex:32#cf-account».r2.cloudflarestorage.com",
}
`;

export const GO_MONGO = `package events

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

func Connect(ctx context.Context) (*mongo.Client, error) {
	return mongo.Connect(ctx, options.Client().ApplyURI("mongodb+srv://events:«pwu#mongo»@cluster0.x7k2p.mongodb.net/events?retryWrites=true")) ⟦S go-mongo-uri⟧
}
`;

export const GO_SMTP = `package mail

import "net/smtp"

var auth = smtp.PlainAuth("", "noreply@mg.parcelo.app", "«pwr#smtp-go»", "smtp.eu.mailgun.org") ⟦S go-plainauth⟧

func Send(to []string, body []byte) error {
	return smtp.SendMail("smtp.eu.mailgun.org:587", auth, "noreply@mg.parcelo.app", to, body)
}
`;

export const GO_TEST = `package geocode

import "testing"

const testKey = "AIzaSyFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAK" ⟦D go-test-fake-key⟧

func TestGeocodeUsesKey(t *testing.T) {
	c := New(testKey)
	if c.key != testKey {
		t.Fatal("key not kept")
	}
}
`;

export const GO_SUM = `github.com/redis/go-redis/v9 v9.5.1 h1:«b64:32#gosum-redis» ⟦D gosum-h1⟧
github.com/redis/go-redis/v9 v9.5.1/go.mod h1:«b64:32#gosum-redis-mod»
go.mongodb.org/mongo-driver v1.13.1 h1:«b64:32#gosum-mongo» ⟦D gosum-h1-mongo⟧
`;

export const WORKER_TOML = `[server]
port = 8081

[database]
url = "postgres://worker:«pwu#worker-db»@parcelo-prod.cluster-c9xk2wq7.eu-west-1.rds.amazonaws.com:5432/parcelo" ⟦S toml-dburl⟧

[sentry]
dsn = "https://«hex:32#sentry-worker»@o«digits:6#sentry-org».ingest.sentry.io/«digits:7#sentry-worker-proj»" ⟦D toml-sentry⟧

[queue]
url = "amqp://worker@rabbit.parcelo.internal:5672/parcelo"
password = "\${RABBITMQ_PASSWORD}" ⟦D toml-var⟧
`;

export const WORKER_TOML_DEV = `[database]
url = "postgres://worker:worker@localhost:5432/parcelo_dev" ⟦D toml-dev-dburl⟧

[queue]
url = "amqp://guest:guest@localhost:5672/" ⟦D toml-dev-amqp⟧
`;

export const WORKER_DOCKERFILE_V1 = `FROM golang:1.22-alpine@sha256:«hex:64#golang-digest» AS build ⟦D docker-digest⟧
WORKDIR /src
COPY . .
RUN go build -o /out/worker ./cmd/worker

FROM alpine:3.19
ENV MAPBOX_TOKEN=«mapbox_sk#worker» ⟦S dockerfile-mapbox-hist⟧
COPY --from=build /out/worker /usr/local/bin/worker
ENTRYPOINT ["worker"]
`;

export const WORKER_DOCKERFILE_V2 = `FROM golang:1.22-alpine@sha256:«hex:64#golang-digest» AS build ⟦D docker-digest⟧
WORKDIR /src
COPY . .
RUN go build -o /out/worker ./cmd/worker

FROM alpine:3.19
COPY --from=build /out/worker /usr/local/bin/worker
ENTRYPOINT ["worker"]
`;
