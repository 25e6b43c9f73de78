"""Jonas's settings for debugging the reminder pipeline against production providers. DO NOT COMMIT."""
from .production import *  # noqa: F401,F403

DEBUG = True
INTERNAL_IPS = ["127.0.0.1"]
TWILIO_API_KEY_SECRET = "«alnum:32#twilio-api-secret»"   ⟦S s-localdebug-twilio-secret⟧
OPSGENIE_API_KEY = "«uuid#opsgenie-full»"   ⟦S s-localdebug-opsgenie⟧
SPARKPOST_API_KEY = "«hex:40#sparkpost-api»"   ⟦S s-localdebug-sparkpost⟧
CELERY_TASK_ALWAYS_EAGER = True
