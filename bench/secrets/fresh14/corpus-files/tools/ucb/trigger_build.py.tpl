"""Triggers a Unity Build Automation (Cloud Build) target and waits for it, for the nightly PC playtest branch."""
import os
import sys
import time

import requests

ORG = "pixelforge-games"
PROJECT = "«uuid#cloudproject»" ⟦D ucb-project⟧
BASE = f"https://build-api.cloud.unity3d.com/api/v1/orgs/{ORG}/projects/{PROJECT}"
API_KEY = os.environ.get("UCB_API_KEY", "«ucb_key#nightly»") ⟦S ucb-key⟧


def start(target: str) -> int:
    r = requests.post(
        f"{BASE}/buildtargets/{target}/builds",
        headers={"Authorization": f"Basic {API_KEY}"}, ⟦D ucb-header⟧
        json={"clean": False, "delay": 0},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()[0]["build"]


def wait(target: str, build: int) -> str:
    while True:
        r = requests.get(f"{BASE}/buildtargets/{target}/builds/{build}", headers={"Authorization": f"Basic {API_KEY}"}, timeout=30)
        status = r.json()["buildStatus"]
        if status in ("success", "failure", "canceled"):
            return status
        time.sleep(60)


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else "windows-playtest"
    build = start(target)
    print(f"started {target} #{build}")
    sys.exit(0 if wait(target, build) == "success" else 1)
