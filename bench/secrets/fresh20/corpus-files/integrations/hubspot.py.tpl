"""Sync signed-up landlords into HubSpot for the onboarding email sequence."""
import requests

HUBSPOT_TOKEN = "«hubspot:na1#landlords»" ⟦S hubspot-token⟧
PORTAL_ID = 44120987
BASE = "https://api.hubapi.com"


def upsert_contact(landlord) -> None:
    r = requests.post(
        f"{BASE}/crm/v3/objects/contacts/batch/upsert",
        headers={"Authorization": f"Bearer {HUBSPOT_TOKEN}", "Content-Type": "application/json"},
        json={"inputs": [{"idProperty": "email", "id": landlord.email, "properties": {"firstname": landlord.first_name, "lifecyclestage": "customer"}}]},
        timeout=10,
    )
    r.raise_for_status()
