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
    dsn="«sentry_dsn#prod»", ⟦S prod-sentry-dsn⟧
    integrations=[DjangoIntegration(), CeleryIntegration()],
    traces_sample_rate=0.1,
    send_default_pii=False,
)

EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
ANYMAIL = {
    "MAILGUN_API_KEY": env("MAILGUN_API_KEY", default="«mailgun_key#prod»"), ⟦S prod-mailgun⟧
    "MAILGUN_SENDER_DOMAIN": "mg.homestead-rentals.com",
}
DEFAULT_FROM_EMAIL = "Homestead <no-reply@homestead-rentals.com>"

AWS_ACCESS_KEY_ID = "«akia#prod-media»" ⟦S prod-aws-id⟧
AWS_SECRET_ACCESS_KEY = "«awssecret#prod-media»" ⟦S prod-aws-secret⟧
AWS_S3_CUSTOM_DOMAIN = "media.homestead-rentals.com"
CLOUDFRONT_KEY_ID = "«cf_keyid#prod»" ⟦D prod-cf-keyid⟧

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://:«pwr#redis-prod»@10.0.12.7:6379/1", ⟦S prod-redis-url⟧
    }
}
