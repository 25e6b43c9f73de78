# Sam's local overrides -- do not commit (oops)
from .settings.base import *  # noqa

DEBUG = True
SECRET_KEY = "«django#sam-local»" ⟦S local-secret⟧
DATABASES["default"] = {
    "ENGINE": "django.db.backends.postgresql",
    "NAME": "homestead",
    "USER": "sam",
    "PASSWORD": "«pwh#sam-pg»", ⟦S local-pg⟧
    "HOST": "localhost",
}
STRIPE_SECRET_KEY = "«sk_test#sam»" ⟦S local-stripe⟧
TWILIO_AUTH_TOKEN = "«twilio_token#sam»" ⟦S local-twilio⟧
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
