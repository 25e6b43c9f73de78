"""HTTP API of the agent service: conversations from the widget, Slack, Discord; Zendesk webhooks; admin reindex."""
from __future__ import annotations

import hashlib
import hmac
import uuid

from fastapi import Depends, FastAPI, Header, HTTPException, Request

from agent.db import org_for_key_hash, org_for_public_key
from agent.graph import graph
from agent.tracing import langfuse_handler

app = FastAPI(title="relaydesk-agent", version="0.4.0")


def _hash(key: str) -> str:
    # keys are stored as sha256 hex; the plaintext is shown to the customer once
    return hashlib.sha256(key.encode()).hexdigest()


async def server_org(authorization: str = Header(...)) -> dict:
    scheme, _, key = authorization.partition(" ")
    if scheme.lower() != "bearer" or not key.startswith("rdsk_"):
        raise HTTPException(401, "expected Authorization: Bearer rdsk_...")
    org = await org_for_key_hash(_hash(key))
    if org is None:
        raise HTTPException(401, "unknown key")
    return org


@app.get("/healthz")
async def healthz() -> dict:
    return {"ok": True}


@app.post("/v1/conversations")
async def converse(body: dict, org: dict = Depends(server_org)) -> dict:
    conv_id = body.get("conversation_id") or str(uuid.uuid4())
    state = await graph.ainvoke(
        {"messages": [("user", body["message"])], "ticket_id": 0, "intent": None, "context": [], "confidence": 0.0},
        config={"callbacks": [langfuse_handler(org["id"], conv_id)], "configurable": {"org": org["id"]}},
    )
    return {"conversation_id": conv_id, "reply": state["messages"][-1].content, "handoff": state["confidence"] < 0.62}


@app.post("/v1/widget/{public_key}/messages")
async def widget_message(public_key: str, body: dict, request: Request) -> dict:
    org = await org_for_public_key(public_key)
    if org is None:
        raise HTTPException(404)
    if body.get("email") and not hmac.compare_digest(body.get("userHash", ""), hmac.new(org["secret"].encode(), body["email"].encode(), "sha256").hexdigest()):
        raise HTTPException(403, "userHash does not match")
    return await converse({"message": body["message"], "conversation_id": body.get("conversation_id")}, org)
