"""Nightly pull of active rentals from the regional MLS (RETS 1.7.2)."""
from rets import Session

LOGIN_URL = "https://rets.columbusrealtors.com/rets/login"
session = Session(LOGIN_URL, "HMSTD_FEED", "«pwr#rets»", version="RETS/1.7.2", user_agent="Homestead/1.0", user_agent_password="«alnum:12#rets-ua»") ⟦S rets-login⟧


def pull_active(since):
    session.login()
    try:
        return session.search(resource="Property", resource_class="RNT", dmql_query=f"(Status=A),(ModificationTimestamp={since:%Y-%m-%dT%H:%M:%S}+)")
    finally:
        session.logout()
