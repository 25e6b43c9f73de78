import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "homestead.settings.base")

app = Celery("homestead")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.beat_schedule = {
    "pull-mls-nightly": {"task": "listings.tasks.pull_mls", "schedule": crontab(hour=3, minute=15)},
    "push-syndication-hourly": {"task": "listings.tasks.push_syndication", "schedule": crontab(minute=5)},
    "rent-reminders": {"task": "leases.tasks.rent_reminders", "schedule": crontab(hour=14, minute=0, day_of_month="28")},
}
