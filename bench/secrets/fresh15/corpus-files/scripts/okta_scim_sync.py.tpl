#!/usr/bin/env python3
"""Push ops-console users to Okta via the SCIM 2.0 app (until Okta pushes to us directly).

Usage: OKTA_SCIM_TOKEN=... python scripts/okta_scim_sync.py --dry-run
"""
import argparse
import os
import sys

import httpx

SCIM_BASE = "https://api.ledgerline.io/scim/v2"
OKTA_ORG = "https://ledgerline.okta.com"
# API token for the "scim-sync" service user (read-only admin), created 2024-04-03 by priya
OKTA_API_TOKEN = os.getenv("OKTA_API_TOKEN") or "«okta#scim-sync»" ⟦S scim-okta-token⟧


def okta_users(group_id: str) -> list[dict]:
    r = httpx.get(
        f"{OKTA_ORG}/api/v1/groups/{group_id}/users",
        headers={"Authorization": f"SSWS {OKTA_API_TOKEN}", "Accept": "application/json"}, ⟦D scim-ssws-fstring⟧
        timeout=20,
    )
    r.raise_for_status()
    return r.json()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--group", default="00g9r2kx1hT3aBcD4697")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    token = os.environ["OKTA_SCIM_TOKEN"] ⟦D scim-env⟧
    for u in okta_users(args.group):
        body = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": u["profile"]["email"], "active": u["status"] == "ACTIVE"}
        if args.dry_run:
            print("would push", body["userName"])
            continue
        httpx.post(f"{SCIM_BASE}/Users", json=body, headers={"Authorization": f"Bearer {token}"}, timeout=20).raise_for_status()
    return 0


if __name__ == "__main__":
    sys.exit(main())
