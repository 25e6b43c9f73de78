"""Settings shared by every environment. Values come from the environment (django-environ)."""
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY", default="«django#base-default»") ⟦S base-secret-default⟧
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "storages",
    "listings",
    "leases",
    "payments",
    "integrations",
]

DATABASES = {"default": env.db("DATABASE_URL", default="postgres://homestead:homestead@localhost:5432/homestead")} ⟦D base-db-default⟧

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher", "django.contrib.auth.hashers.PBKDF2PasswordHasher"] ⟦D base-hashers⟧

CELERY_BROKER_URL = env("REDIS_URL", default="redis://localhost:6379/0")
CELERY_TASK_ROUTES = {"listings.tasks.pull_mls": {"queue": "mls"}, "listings.tasks.push_syndication": {"queue": "feeds"}}

STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY") ⟦D base-stripe-env⟧
STRIPE_PUBLISHABLE_KEY = env("STRIPE_PUBLISHABLE_KEY", default="«pk_test#base»") ⟦D base-stripe-pk⟧
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET")

DOCUSIGN = {
    "INTEGRATION_KEY": env("DOCUSIGN_INTEGRATION_KEY", default="«guid#docusign-ikey-demo»"),
    "USER_ID": env("DOCUSIGN_USER_ID", default="«guid#docusign-user-demo»"), ⟦D base-ds-user⟧
    "ACCOUNT_BASE_URI": "https://demo.docusign.net",
    "OAUTH_HOST": "account-d.docusign.com",
    "PRIVATE_KEY_PATH": env("DOCUSIGN_PRIVATE_KEY_PATH", default=str(BASE_DIR / "integrations/docusign/private.key")),
}

GOOGLE_MAPS_BROWSER_KEY = env("GOOGLE_MAPS_BROWSER_KEY", default="")
MAPBOX_PUBLIC_TOKEN = "«mapbox_pk_hs#base»" ⟦D base-mapbox-pk⟧

AWS_STORAGE_BUCKET_NAME = "homestead-listing-media"
AWS_S3_REGION_NAME = "us-east-2"
AWS_S3_SIGNATURE_VERSION = "s3v4"

SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
CSRF_COOKIE_NAME = "hs_csrftoken" ⟦D base-csrf-name⟧
