"""Mailchimp side of the sync: members are keyed by the MD5 of the lower-cased e-mail (Mailchimp's subscriber hash)."""
import hashlib
import logging

import mailchimp_marketing as MailchimpMarketing
from mailchimp_marketing.api_client import ApiClientError

import config

log = logging.getLogger("mailchimp_sync")

# Mailchimp's documented example: md5("Urist.McVankab@freddiesjokes.com".lower())
EXAMPLE_SUBSCRIBER_HASH = "62eeb292278cc15f5817cb78f7790b08"  ⟦D mc-example-hash⟧


def client() -> MailchimpMarketing.Client:
    c = MailchimpMarketing.Client()
    c.set_config({"api_key": config.MAILCHIMP_API_KEY, "server": config.MAILCHIMP_SERVER})
    return c


def subscriber_hash(email: str) -> str:
    return hashlib.md5(email.strip().lower().encode()).hexdigest()


def upsert_members(rows: list[dict]) -> None:
    c = client()
    for r in rows:
        body = {
            "email_address": r["Email"],
            "status_if_new": "subscribed",
            "merge_fields": {"FNAME": r["FirstName"] or "", "LNAME": r["LastName"] or ""},
        }
        try:
            c.lists.set_list_member(config.MAILCHIMP_AUDIENCE_ID, subscriber_hash(r["Email"]), body)
        except ApiClientError as e:
            log.warning("mailchimp rejected %s: %s", r["Id"], e.text)
