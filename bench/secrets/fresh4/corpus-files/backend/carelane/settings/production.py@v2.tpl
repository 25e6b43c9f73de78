from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["api.carelane.health"]

DATADOG_API_KEY = env("DD_API_KEY")   ⟦D d-dd-settings-env⟧
SENTRY_DSN = "https://«hex:32#dsn-api»@o«digits:6#dsn-org».ingest.de.sentry.io/«digits:7#dsn-api-proj»"   ⟦D d-prod-dsn⟧
SENTRY_AUTH_TOKEN = env("SENTRY_AUTH_TOKEN", default=None)   ⟦D d-sentry-token-env⟧
SECURE_HSTS_SECONDS = 31536000
