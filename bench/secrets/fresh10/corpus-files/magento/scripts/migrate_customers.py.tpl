#!/usr/bin/env python3
"""Copy customers (with their loyalty points) from Magento 2 to Shopify. Idempotent: matches on e-mail.

    python3 magento/scripts/migrate_customers.py --page-size 200 [--dry-run]

Uses a temporary Shopify custom app "Magento migration" (write_customers) and a Magento admin token.
"""
import argparse
import time

import requests

MAGENTO = "https://www.maisonverte.fr/rest/V1"
SHOPIFY = "https://maisonverte.myshopify.com/admin/api/2024-01/graphql.json"
SHOPIFY_TOKEN = "«shpat#migration»" ⟦S mc-shpat⟧


def magento_token():
    # the admin user created for the migration; deleted after cut-over
    r = requests.post(f"{MAGENTO}/integration/admin/token", json={"username": "migration", "password": "«pwh#magento-migration»"}, timeout=20) ⟦S mc-admin-pw⟧
    r.raise_for_status()
    return r.json()


def customers(token, page_size):
    page = 1
    while True:
        r = requests.get(
            f"{MAGENTO}/customers/search",
            headers={"Authorization": f"Bearer {token}"},
            params={"searchCriteria[pageSize]": page_size, "searchCriteria[currentPage]": page},
            timeout=60,
        )
        r.raise_for_status()
        items = r.json()["items"]
        if not items:
            return
        yield from items
        page += 1


MUTATION = """
mutation customerCreate($input: CustomerInput!) {
  customerCreate(input: $input) { customer { id } userErrors { field message } }
}
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--page-size", type=int, default=200)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    token = magento_token()
    for c in customers(token, args.page_size):
        points = next((a["value"] for a in c.get("custom_attributes", []) if a["attribute_code"] == "loyalty_points"), "0")
        payload = {
            "input": {
                "email": c["email"],
                "firstName": c["firstname"],
                "lastName": c["lastname"],
                "emailMarketingConsent": None,
                "metafields": [{"namespace": "mv", "key": "loyalty_points", "type": "number_integer", "value": str(points)}],
            }
        }
        if args.dry_run:
            print("would create", c["email"], points)
            continue
        r = requests.post(SHOPIFY, json={"query": MUTATION, "variables": payload}, headers={"X-Shopify-Access-Token": SHOPIFY_TOKEN}, timeout=30)
        r.raise_for_status()
        time.sleep(0.5)  # stay under the GraphQL cost limit


if __name__ == "__main__":
    main()
