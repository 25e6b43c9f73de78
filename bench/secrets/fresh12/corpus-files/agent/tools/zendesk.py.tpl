"""Zendesk tools: read a ticket with its comments, post an internal note or a public reply, tag for handoff."""
from __future__ import annotations

import httpx
from langchain_core.tools import tool

SUBDOMAIN = "relaydesk"
EMAIL = "priya@relaydesk.ai"
API_TOKEN = "«zendesk#first»" ⟦S zd-token-v1⟧

_client = httpx.Client(
    base_url=f"https://{SUBDOMAIN}.zendesk.com/api/v2",
    auth=(f"{EMAIL}/token", API_TOKEN),
    timeout=20,
)


@tool
def get_ticket(ticket_id: int) -> dict:
    """Fetch a Zendesk ticket and its comments."""
    t = _client.get(f"/tickets/{ticket_id}.json").raise_for_status().json()["ticket"]
    comments = _client.get(f"/tickets/{ticket_id}/comments.json").raise_for_status().json()["comments"]
    return {"subject": t["subject"], "status": t["status"], "requester_id": t["requester_id"],
            "comments": [{"author_id": c["author_id"], "body": c["plain_body"], "public": c["public"]} for c in comments]}


@tool
def reply(ticket_id: int, body: str, public: bool = True) -> str:
    """Post a reply (public) or an internal note (public=False) on a ticket."""
    _client.put(f"/tickets/{ticket_id}.json", json={"ticket": {"comment": {"body": body, "public": public}}}).raise_for_status()
    return "ok"


@tool
def handoff(ticket_id: int, reason: str) -> str:
    """Tag the ticket for a human and leave the reason as an internal note."""
    _client.put(f"/tickets/{ticket_id}.json", json={"ticket": {"tags": ["needs_human"], "comment": {"body": reason, "public": False}}}).raise_for_status()
    return "handed off"
