"""Thin Persona client: creates inquiries for beneficial owners and pulls the verdict when the webhook fires."""
import hashlib
import hmac
import time

import httpx

from risk.settings import settings

API = "https://withpersona.com/api/v1"
HEADERS = {
    "Authorization": f"Bearer {settings.persona_api_key}", ⟦D persona-bearer-fstring⟧
    "Persona-Version": "2023-01-05",
    "Key-Inflection": "snake",
}


def create_inquiry(reference_id: str, name_first: str, name_last: str) -> str:
    body = {
        "data": {
            "attributes": {
                "inquiry_template_id": settings.persona_inquiry_template,
                "reference_id": reference_id,
                "fields": {"name_first": name_first, "name_last": name_last},
            }
        }
    }
    r = httpx.post(f"{API}/inquiries", json=body, headers=HEADERS, timeout=10)
    r.raise_for_status()
    return r.json()["data"]["id"]


def verify_webhook(secret: str, header: str, body: bytes) -> bool:
    """Persona-Signature: t=<ts>,v1=<hex hmac>. Reject anything older than 5 minutes."""
    parts = dict(p.split("=", 1) for p in header.split(","))
    if abs(time.time() - int(parts["t"])) > 300:
        return False
    digest = hmac.new(secret.encode(), f"{parts['t']}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, parts["v1"])
