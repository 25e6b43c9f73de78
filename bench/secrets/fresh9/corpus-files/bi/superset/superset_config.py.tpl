# Superset 3.1 for customer-facing embedded dashboards (forecast accuracy, stock-out risk).
import os

from celery.schedules import crontab

# openssl rand -base64 42
SECRET_KEY = "«b64bytes:42#superset-secret»" ⟦S superset-secret-key⟧

SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:«pwu#superset-meta»@10.20.0.4:5432/superset" ⟦S superset-db-uri⟧

FEATURE_FLAGS = {
    "EMBEDDED_SUPERSET": True,
    "DASHBOARD_RBAC": True,
    "ALERT_REPORTS": True,
}

# guest tokens for the embedded SDK; the API mints them for logged-in customers
GUEST_ROLE_NAME = "EmbeddedCustomer"
GUEST_TOKEN_JWT_SECRET = os.environ["SUPERSET_GUEST_TOKEN_SECRET"] ⟦D superset-guest-env⟧
GUEST_TOKEN_JWT_EXP_SECONDS = 600

MAPBOX_API_KEY = os.getenv("MAPBOX_API_KEY", "") ⟦D superset-mapbox-env⟧

TALISMAN_ENABLED = True
TALISMAN_CONFIG = {
    "content_security_policy": {
        "frame-ancestors": ["https://app.tidewater.ai"],
    },
}

class CeleryConfig:
    broker_url = "redis://redis:6379/0"
    result_backend = "redis://redis:6379/1"
    beat_schedule = {
        "reports.scheduler": {"task": "reports.scheduler", "schedule": crontab(minute="*", hour="*")},
    }


CELERY_CONFIG = CeleryConfig
WEBDRIVER_BASEURL = "http://superset:8088/"
