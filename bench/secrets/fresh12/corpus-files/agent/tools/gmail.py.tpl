"""Gmail tool for customers who run support from a shared inbox instead of Zendesk.

Two ways in: OAuth (customer clicks "Connect Gmail" in the dashboard; refresh token stored per org), or for our own
support@relaydesk.ai inbox a Workspace service account with domain-wide delegation (config/google/).
"""
from __future__ import annotations

import base64
from email.message import EmailMessage

from google.oauth2 import service_account
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from langchain_core.tools import tool

SCOPES = ["https://www.googleapis.com/auth/gmail.modify"]

OAUTH_CLIENT = {
    "client_id": "«g_client_id#gmail»", ⟦D gm-client-id⟧
    "client_secret": "«gocspx#gmail»", ⟦S gm-client-secret⟧
    "token_uri": "https://oauth2.googleapis.com/token",
}

# our own inbox while the delegation approval is pending (Tomasz's consent, 2024-06-03)
SUPPORT_INBOX_REFRESH_TOKEN = "«g_refresh#support-inbox»" ⟦S gm-refresh⟧


def _creds(refresh_token: str | None = None, delegated: str | None = None):
    if delegated:
        sa = service_account.Credentials.from_service_account_file("config/google/gmail-sa.json", scopes=SCOPES)
        return sa.with_subject(delegated)
    return Credentials(None, refresh_token=refresh_token or SUPPORT_INBOX_REFRESH_TOKEN, scopes=SCOPES, **OAUTH_CLIENT)


@tool
def send_reply(thread_id: str, to: str, subject: str, body: str, refresh_token: str | None = None) -> str:
    """Reply in a Gmail thread."""
    svc = build("gmail", "v1", credentials=_creds(refresh_token), cache_discovery=False)
    msg = EmailMessage()
    msg["To"], msg["Subject"] = to, subject if subject.lower().startswith("re:") else f"Re: {subject}"
    msg.set_content(body)
    raw = base64.urlsafe_b64encode(msg.as_bytes()).decode()
    sent = svc.users().messages().send(userId="me", body={"raw": raw, "threadId": thread_id}).execute()
    return sent["id"]
