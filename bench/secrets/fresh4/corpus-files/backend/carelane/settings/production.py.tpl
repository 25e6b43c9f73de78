from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["api.carelane.health"]

DATADOG_API_KEY = "«hex:32#dd-prod-settings»"   ⟦S s-dd-settings-v1⟧
SENTRY_DSN = "https://«hex:32#dsn-api»@o«digits:6#dsn-org».ingest.de.sentry.io/«digits:7#dsn-api-proj»"   ⟦D d-prod-dsn⟧
SENTRY_AUTH_TOKEN = "«sntryu#releases»"   ⟦S s-sentry-user-v1⟧
SECURE_HSTS_SECONDS = 31536000
