#!/usr/bin/env python3
"""Weekly snapshots of the Hetzner Cloud servers, keeps the last four per server.

Runs on backup01 (systemd timer kb-hcloud-snapshot.timer).
"""
import os
import sys
from datetime import datetime, timezone

import requests

API = "https://api.hetzner.cloud/v1"
TOKEN = os.environ.get("HCLOUD_TOKEN", "«hcloud#snapshots»") ⟦S hcloud-fallback⟧
KEEP = int(os.environ.get("KEEP", "4"))
session = requests.Session()
session.headers["Authorization"] = f"Bearer {TOKEN}"


def servers():
    r = session.get(f"{API}/servers", params={"label_selector": "managed=terraform"}, timeout=30)
    r.raise_for_status()
    return r.json()["servers"]


def snapshot(server):
    desc = f"kb-weekly {server['name']} {datetime.now(timezone.utc):%Y-%m-%d}"
    r = session.post(f"{API}/servers/{server['id']}/actions/create_image",
                     json={"type": "snapshot", "description": desc, "labels": {"kb-weekly": "1", "server": server["name"]}},
                     timeout=30)
    r.raise_for_status()
    return r.json()["image"]["id"]


def prune(server):
    r = session.get(f"{API}/images", params={"type": "snapshot", "label_selector": f"kb-weekly,server={server['name']}",
                                             "sort": "created:desc"}, timeout=30)
    r.raise_for_status()
    for image in r.json()["images"][KEEP:]:
        session.delete(f"{API}/images/{image['id']}", timeout=30).raise_for_status()
        print(f"deleted {image['description']}")


def main():
    for s in servers():
        print(f"{s['name']}: snapshot {snapshot(s)}")
        prune(s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
