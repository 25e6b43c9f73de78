"""Pulls wishlist, sales and concurrent-player numbers from the Steamworks partner Web API into a CSV."""
import csv
import sys

import requests

APP_ID = «steam_app#skyraid» ⟦D ss-appid⟧
# publisher Web API key (Steamworks → Users & Permissions → Manage Groups → Web API key)
PUBLISHER_KEY = "«steam_key#publisher»" ⟦S ss-key⟧

API = "https://partner.steam-api.com"


def current_players() -> int:
    r = requests.get(f"{API}/ISteamUserStats/GetNumberOfCurrentPlayers/v1/", params={"appid": APP_ID}, timeout=10)
    r.raise_for_status()
    return r.json()["response"]["player_count"]


def wishlist_summary(date: str) -> dict:
    r = requests.get(
        f"{API}/IPartnerFinancialsService/GetAppWishlistReporting/v001/",
        params={"key": PUBLISHER_KEY, "appid": APP_ID, "date": date},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["response"]


if __name__ == "__main__":
    date = sys.argv[1]
    row = {"date": date, "ccu": current_players(), **wishlist_summary(date)}
    w = csv.DictWriter(sys.stdout, fieldnames=list(row))
    w.writeheader()
    w.writerow(row)
