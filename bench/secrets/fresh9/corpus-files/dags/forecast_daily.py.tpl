"""Daily forecast run: pull yesterday's POS from each retailer, rebuild marts, score, publish."""
from __future__ import annotations

from datetime import datetime, timedelta

import requests
from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.snowflake.operators.snowflake import SnowflakeOperator

# M5-derived holdout we score against every night; pinned so a silent re-upload is noticed
HOLDOUT_SHA256 = "«sha256#holdout-parquet»" ⟦D dag-holdout-sha⟧

KROEGER_API = "https://partner-api.kroeger-markt.de/v2/pos/daily"
# TODO(priya): move to a Variable once Kroeger stops rotating it every quarter
KROEGER_HEADERS = {"Authorization": "Bearer «alnum:40#kroeger-partner-api»", "Accept": "application/json"} ⟦S dag-kroeger-bearer⟧

default_args = {
    "owner": "data-eng",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
}


def fetch_kroeger(ds: str, **_: object) -> None:
    resp = requests.get(KROEGER_API, params={"date": ds}, headers=KROEGER_HEADERS, timeout=60)
    resp.raise_for_status()
    rows = resp.json()["rows"]
    hf_token = Variable.get("hf_token")  # only needed for the chronos pull below ⟦D dag-variable-get⟧
    print(f"kroeger: {len(rows)} rows for {ds}, token set: {bool(hf_token)}")


with DAG(
    dag_id="forecast_daily",
    start_date=datetime(2024, 1, 1),
    schedule="30 4 * * *",
    catchup=False,
    default_args=default_args,
    tags=["forecast", "prod"],
) as dag:
    pull = PythonOperator(task_id="fetch_kroeger", python_callable=fetch_kroeger)
    marts = SnowflakeOperator(
        task_id="refresh_marts",
        snowflake_conn_id="snowflake_prod",
        sql="CALL ANALYTICS.OPS.REFRESH_MARTS('{{ ds }}')",
    )
    pull >> marts
