"""Transactional e-mail through Mailgun templates (anymail)."""
from django.core.mail import EmailMessage

MAILGUN_WEBHOOK_SIGNING_KEY = "«hex:32#mailgun-webhook»" ⟦S mg-webhook-key⟧


def send_template(to: str, template: str, variables: dict) -> None:
    msg = EmailMessage(to=[to])
    msg.template_id = template
    msg.merge_global_data = variables
    msg.send()
