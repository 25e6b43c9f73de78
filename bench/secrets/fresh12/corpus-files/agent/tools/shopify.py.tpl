"""Shopify order lookup (Admin GraphQL API). Each customer connects their store in the dashboard; the token for
their store comes from Supabase. The dev store below is ours, for local runs and evals."""
from __future__ import annotations

import os

import httpx
from langchain_core.tools import tool

API_VERSION = "2024-04"

DEV_STORE = {
    "shop": "relaydesk-demo.myshopify.com",
    "access_token": "«shpat#dev-store»", ⟦S shop-dev-token⟧
    "client_id": "«shopify_client_id#app»", ⟦D shop-client-id⟧
}

ORDER_QUERY = """
query($q: String!) {
  orders(first: 5, query: $q) {
    edges { node { id name createdAt displayFinancialStatus displayFulfillmentStatus
      totalPriceSet { shopMoney { amount currencyCode } }
      fulfillments { trackingInfo { number url } } } }
  }
}
"""


def _store_for(customer_org: str | None) -> dict:
    if customer_org is None or os.getenv("RELAYDESK_ENV") == "dev":
        return DEV_STORE
    from agent.store_tokens import token_for  # Supabase lookup, decrypts with pgsodium

    return token_for(customer_org)


@tool
def find_orders(email_or_order_name: str, customer_org: str | None = None) -> list[dict]:
    """Find a shopper's recent orders by e-mail or order name (#1043)."""
    store = _store_for(customer_org)
    r = httpx.post(
        f"https://{store['shop']}/admin/api/{API_VERSION}/graphql.json",
        headers={"X-Shopify-Access-Token": store["access_token"], "Content-Type": "application/json"}, ⟦D shop-header-var⟧
        json={"query": ORDER_QUERY, "variables": {"q": email_or_order_name}},
        timeout=15,
    )
    r.raise_for_status()
    return [e["node"] for e in r.json()["data"]["orders"]["edges"]]
