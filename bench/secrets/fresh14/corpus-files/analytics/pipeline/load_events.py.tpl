"""Loads the previous day's client telemetry (gzip NDJSON in GCS) into BigQuery.

Run by the daily DAG (analytics/dags/daily_kpis.py) or by hand:
    GOOGLE_APPLICATION_CREDENTIALS=analytics/pipeline/bq-service-account.json python -m pipeline.load_events 2024-03-19
"""
from __future__ import annotations

import datetime as dt
import sys

from google.cloud import bigquery

PROJECT = "pixelforge-analytics"
DATASET = "skyraid_events"
BUCKET = "gs://pixelforge-telemetry-raw"

SCHEMA = [
    bigquery.SchemaField("event_id", "STRING", mode="REQUIRED"),
    bigquery.SchemaField("event_name", "STRING", mode="REQUIRED"),
    bigquery.SchemaField("user_id", "STRING"),
    bigquery.SchemaField("session_id", "STRING"),
    bigquery.SchemaField("platform", "STRING"),
    bigquery.SchemaField("build", "STRING"),
    bigquery.SchemaField("ts", "TIMESTAMP", mode="REQUIRED"),
    bigquery.SchemaField("payload", "JSON"),
]


def load(day: dt.date) -> int:
    client = bigquery.Client(project=PROJECT)
    table = f"{PROJECT}.{DATASET}.events${day:%Y%m%d}"
    job = client.load_table_from_uri(
        f"{BUCKET}/{day:%Y/%m/%d}/*.ndjson.gz",
        table,
        job_config=bigquery.LoadJobConfig(
            schema=SCHEMA,
            source_format=bigquery.SourceFormat.NEWLINE_DELIMITED_JSON,
            write_disposition=bigquery.WriteDisposition.WRITE_TRUNCATE,
            time_partitioning=bigquery.TimePartitioning(field="ts"),
        ),
    )
    job.result()
    return client.get_table(table).num_rows


if __name__ == "__main__":
    day = dt.date.fromisoformat(sys.argv[1]) if len(sys.argv) > 1 else dt.date.today() - dt.timedelta(days=1)
    print(f"loaded {load(day)} rows for {day}")
