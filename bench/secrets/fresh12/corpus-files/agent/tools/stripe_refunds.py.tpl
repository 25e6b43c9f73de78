"""Refunds through Stripe, for customers who connected Stripe (not Shopify Payments).

Guard rails: amount ≤ settings.auto_refund_limit_cents, one refund per charge, every refund logged to Supabase
and as an internal note on the ticket. The key is a *restricted* key (charges:read, refunds:write only).
"""
from __future__ import annotations

import stripe
from langchain_core.tools import tool

from agent.config import settings

# restricted key for the relaydesk-demo account (charges read, refunds write); prod orgs use their connected account
stripe.api_key = "«stripe_rk_live#demo»" ⟦S st-rk⟧
stripe.api_version = "2024-06-20"


@tool
def refund_charge(charge_id: str, amount_cents: int, reason: str = "requested_by_customer", stripe_account: str | None = None) -> dict:
    """Refund (part of) a charge. Refuses above the auto-refund limit."""
    limit = settings().auto_refund_limit_cents
    if amount_cents > limit:
        return {"status": "needs_human", "why": f"{amount_cents} > limit {limit}"}
    existing = stripe.Refund.list(charge=charge_id, limit=1, stripe_account=stripe_account)
    if existing.data:
        return {"status": "already_refunded", "refund": existing.data[0].id}
    r = stripe.Refund.create(
        charge=charge_id,
        amount=amount_cents,
        reason=reason,
        metadata={"source": "relaydesk-agent"},
        idempotency_key=f"rd-{charge_id}-{amount_cents}",
        stripe_account=stripe_account,
    )
    return {"status": r.status, "refund": r.id}
