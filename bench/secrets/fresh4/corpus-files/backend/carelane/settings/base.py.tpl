"""Base settings shared by every environment."""
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env()

SECRET_KEY = "«django#base»"   ⟦S s-django-secret⟧
DEBUG = env.bool("DJANGO_DEBUG", default=False)

DATABASES = {"default": env.db("DATABASE_URL")}   ⟦D d-base-dburl⟧

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},   ⟦D d-base-pwvalidator⟧
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24   ⟦D d-base-pwreset⟧

# SMS reminders
TWILIO_ACCOUNT_SID = "AC«hex:32#twilio-sid»"   ⟦D d-twilio-sid⟧
TWILIO_AUTH_TOKEN = os.getenv("TWILIO_AUTH_TOKEN", "«hex:32#twilio-auth»")   ⟦S s-twilio-auth-fallback⟧
TWILIO_MESSAGING_SERVICE_SID = os.environ.get("TWILIO_MESSAGING_SERVICE_SID")   ⟦D d-twilio-msg-env⟧

# Mail through SparkPost SMTP relay
EMAIL_HOST = "smtp.eu.sparkpostmail.com"
EMAIL_PORT = 587
EMAIL_HOST_USER = "SMTP_Injection"
EMAIL_HOST_PASSWORD = "«hex:40#sparkpost»"   ⟦S s-sparkpost⟧
DEFAULT_FROM_EMAIL = "Carelane <no-reply@carelane.health>"

# Attachments (referral letters) in S3
AWS_STORAGE_BUCKET_NAME = "carelane-prod-attachments"
AWS_S3_ACCESS_KEY_ID = "«akia#attachments»"   ⟦S s-aws-attach-id⟧
AWS_S3_SECRET_ACCESS_KEY = "«awssecret#attachments»"   ⟦S s-aws-attach-secret⟧
AWS_S3_SIGNATURE_VERSION = "s3v4"

LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en", "English"), ("de", "Deutsch"), ("pt", "Português"), ("ar", "العربية")]   ⟦D d-base-languages⟧

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="amqp://guest:guest@localhost:5672//")   ⟦D d-base-celery-default⟧
