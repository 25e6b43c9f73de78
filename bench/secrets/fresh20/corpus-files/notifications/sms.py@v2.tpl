"""Tenant verification codes and showing reminders over SMS."""
from django.conf import settings
from twilio.rest import Client

VERIFY_SERVICE_SID = "«twilio_va#verify»" ⟦D twilio2-va⟧
FROM_NUMBER = "+16145550142"

# API key + secret instead of the account auth token (revocable per service)
client = Client(settings.TWILIO_API_KEY_SID, settings.TWILIO_API_KEY_SECRET, settings.TWILIO_ACCOUNT_SID) ⟦D twilio2-settings⟧


def send_code(phone: str) -> None:
    client.verify.v2.services(VERIFY_SERVICE_SID).verifications.create(to=phone, channel="sms")


def check_code(phone: str, code: str) -> bool:
    res = client.verify.v2.services(VERIFY_SERVICE_SID).verification_checks.create(to=phone, code=code)
    return res.status == "approved"


def showing_reminder(showing) -> None:
    client.messages.create(to=showing.tenant.phone, from_=FROM_NUMBER, body=f"Reminder: showing at {showing.unit.address} {showing.starts:%a %-I:%M %p}")
