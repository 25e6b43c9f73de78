"""Excursion alerts: SMS to the dispatcher on duty, Slack for the ops channel, e-mail report for the customer."""
import logging

import httpx
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail
from twilio.rest import Client

from .settings import get_settings

log = logging.getLogger(__name__)

# TODO move to settings before the pilot with Frigo-Nord
TWILIO_AUTH_TOKEN = "«twilio_tok#main»" ⟦S al-twilio⟧
SENDGRID_API_KEY = "«sendgrid#reports»" ⟦S al-sendgrid⟧
SLACK_WEBHOOK = "«slack#ops-alerts»" ⟦S al-slack⟧

DISPATCH_NUMBER = "+4915140228877"


async def check_excursion(reading):
    s = get_settings()
    if s.band_default_low_c <= reading.temp_c <= s.band_default_high_c:
        return
    msg = f"Reefer {reading.trailer_id}: {reading.temp_c:.1f} °C outside {s.band_default_low_c}-{s.band_default_high_c} °C"
    log.warning(msg)
    Client(s.twilio_account_sid, TWILIO_AUTH_TOKEN).messages.create(to=DISPATCH_NUMBER, from_=s.twilio_from, body=msg)
    async with httpx.AsyncClient(timeout=5) as c:
        await c.post(SLACK_WEBHOOK, json={"text": msg})


def send_report(to: str, html: str) -> None:
    mail = Mail(from_email="reports@coldchainsense.io", to_emails=to, subject="Temperature report", html_content=html)
    SendGridAPIClient(SENDGRID_API_KEY).send(mail)
