"""Weekly export of the donors table to BigQuery for the board dashboard (Looker Studio)."""
import os

import psycopg2
from google.cloud import bigquery

import config

TABLE = "openharbor-data.fundraising.donors"
KEY_FILE = os.environ.get("GOOGLE_APPLICATION_CREDENTIALS", "credentials/warehouse-sa.json")


def main() -> None:
    bq = bigquery.Client.from_service_account_json(KEY_FILE)
    with psycopg2.connect(config.WAREHOUSE_DSN) as conn, conn.cursor() as cur:
        cur.execute("SELECT sf_id, total_given, last_gift, opted_out FROM donors")
        rows = [dict(zip(("sf_id", "total_given", "last_gift", "opted_out"), r)) for r in cur.fetchall()]
    job = bq.load_table_from_json(rows, TABLE, job_config=bigquery.LoadJobConfig(write_disposition="WRITE_TRUNCATE"))
    job.result()


if __name__ == "__main__":
    main()
