"""Nightly: pull changed NPSP contacts and opportunities, upsert them into the warehouse and Mailchimp."""
import logging
from datetime import datetime, timedelta, timezone

import psycopg2
from simple_salesforce import Salesforce
from tenacity import retry, stop_after_attempt, wait_exponential

import config
from mailchimp_sync import upsert_members

log = logging.getLogger("sync_donors")

SOQL_CONTACTS = """
SELECT Id, FirstName, LastName, Email, npo02__TotalOppAmount__c, npo02__LastCloseDate__c, HasOptedOutOfEmail
FROM Contact WHERE SystemModstamp >= {since}
"""


def salesforce() -> Salesforce:
    return Salesforce(
        username=config.SF_USERNAME,
        password=config.SF_PASSWORD,
        security_token=config.SF_SECURITY_TOKEN,
        domain=config.SF_DOMAIN,
    )


@retry(stop=stop_after_attempt(4), wait=wait_exponential(multiplier=2))
def changed_contacts(sf: Salesforce, since: datetime) -> list[dict]:
    q = SOQL_CONTACTS.format(since=since.strftime("%Y-%m-%dT%H:%M:%SZ"))
    return sf.query_all(q)["records"]


def upsert_warehouse(rows: list[dict]) -> None:
    with psycopg2.connect(config.WAREHOUSE_DSN) as conn, conn.cursor() as cur:
        for r in rows:
            cur.execute(
                """INSERT INTO donors (sf_id, first_name, last_name, email, total_given, last_gift, opted_out)
                   VALUES (%s, %s, %s, %s, %s, %s, %s)
                   ON CONFLICT (sf_id) DO UPDATE SET email = EXCLUDED.email, total_given = EXCLUDED.total_given,
                     last_gift = EXCLUDED.last_gift, opted_out = EXCLUDED.opted_out""",
                (r["Id"], r["FirstName"], r["LastName"], r["Email"], r["npo02__TotalOppAmount__c"],
                 r["npo02__LastCloseDate__c"], r["HasOptedOutOfEmail"]),
            )


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    since = datetime.now(timezone.utc) - timedelta(days=2)
    sf = salesforce()
    rows = changed_contacts(sf, since)
    log.info("%d contacts changed since %s", len(rows), since.isoformat())
    if config.DRY_RUN:
        return
    upsert_warehouse(rows)
    upsert_members([r for r in rows if r["Email"] and not r["HasOptedOutOfEmail"]])


if __name__ == "__main__":
    main()
