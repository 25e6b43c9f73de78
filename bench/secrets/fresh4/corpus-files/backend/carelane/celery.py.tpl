import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carelane.settings.production")

app = Celery("carelane")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.broker_url = "amqp://carelane:«pwu#rabbit»@rabbitmq.internal:5672/carelane"   ⟦S s-rabbit-url⟧
app.conf.result_backend = "redis://:«pwu#redis»@redis.internal:6379/2"   ⟦S s-redis-url⟧
app.conf.task_routes = {"reminders.*": {"queue": "sms"}, "reports.*": {"queue": "reports"}}
app.autodiscover_tasks()
