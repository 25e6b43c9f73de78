from .base import *  # noqa: F401,F403
from .base import env

import sentry_sdk
from sentry_sdk.integrations.celery import CeleryIntegration
from sentry_sdk.integrations.django import DjangoIntegration

DEBUG = False
ALLOWED_HOSTS = ["homestead-rentals.com", "www.homestead-rentals.com", "api.homestead-rentals.com"]
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

sentry_sdk.init(
    dsn="«sentry_dsn#prod»", ⟦S prod2-sentry-dsn⟧
    integrations=[DjangoIntegration(), CeleryIntegration()],
    traces_sample_rate=0.1,
    send_default_pii=False,
)

EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
ANYMAIL = {
    "MAILGUN_API_KEY": env("MAILGUN_API_KEY"), ⟦D prod2-mailgun-env⟧
    "MAILGUN_SENDER_DOMAIN": "mg.homestead-rentals.com",
}
DEFAULT_FROM_EMAIL = "Homestead <no-reply@homestead-rentals.com>"

# keys come from the IAM role of the node group now (IRSA); nothing to set here
AWS_S3_CUSTOM_DOMAIN = "media.homestead-rentals.com"
CLOUDFRONT_KEY_ID = "«cf_keyid#prod»" ⟦D prod2-cf-keyid⟧
CLOUDFRONT_PRIVATE_KEY = env("CLOUDFRONT_PRIVATE_KEY")

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env("REDIS_CACHE_URL"),
    }
}
