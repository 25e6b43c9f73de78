"""Tenant verification codes and showing reminders over SMS."""
from twilio.rest import Client

TWILIO_ACCOUNT_SID = "«twilio_sid#prod»" ⟦D twilio-sid⟧
TWILIO_AUTH_TOKEN = "«twilio_token#prod»" ⟦S twilio-token⟧
VERIFY_SERVICE_SID = "«twilio_va#verify»" ⟦D twilio-va⟧
FROM_NUMBER = "+16145550142"

client = Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)


def send_code(phone: str) -> None:
    client.verify.v2.services(VERIFY_SERVICE_SID).verifications.create(to=phone, channel="sms")


def check_code(phone: str, code: str) -> bool:
    res = client.verify.v2.services(VERIFY_SERVICE_SID).verification_checks.create(to=phone, code=code)
    return res.status == "approved"


def showing_reminder(showing) -> None:
    client.messages.create(to=showing.tenant.phone, from_=FROM_NUMBER, body=f"Reminder: showing at {showing.unit.address} {showing.starts:%a %-I:%M %p}")
