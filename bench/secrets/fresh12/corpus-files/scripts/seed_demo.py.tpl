"""Seed the staging database with the demo org and its users (sales demos, onboarding videos).

    uv run python scripts/seed_demo.py --env staging
"""
from __future__ import annotations

import argparse

from supabase import create_client

DEMO_ORG = {"name": "Bloom & Bark Demo", "plan": "growth", "widget_public_key": "«rd_pub#demo-org»"} ⟦D seed-pub⟧

DEMO_USERS = [
    {"email": "demo-admin@relaydesk.ai", "password": "«pw_human#staging-admin»", "role": "admin"}, ⟦S seed-admin⟧
    {"email": "demo-agent@relaydesk.ai", "password": "«pw_weak#demo-agent»", "role": "agent"}, ⟦S seed-agent⟧
    {"email": "viewer@bloomandbark.example", "password": None, "role": "viewer", "invite": True},
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", choices=["local", "staging"], default="local")
    args = ap.parse_args()
    url = "http://localhost:54321" if args.env == "local" else "https://staging-db.relaydesk.ai"
    import os

    db = create_client(url, os.environ["SUPABASE_SERVICE_ROLE_KEY"])
    org = db.table("orgs").upsert(DEMO_ORG, on_conflict="name").execute().data[0]
    for u in DEMO_USERS:
        if u["invite"] if "invite" in u else False:
            db.auth.admin.invite_user_by_email(u["email"])
            continue
        db.auth.admin.create_user({"email": u["email"], "password": u["password"], "email_confirm": True,
                                   "user_metadata": {"org_id": org["id"], "role": u["role"]}})
    print("seeded", org["id"])


if __name__ == "__main__":
    main()
