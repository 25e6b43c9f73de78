"""Airflow DAG: load yesterday's telemetry, then compute DAU / retention / ARPDAU into skyraid_kpis."""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.providers.google.cloud.operators.bigquery import BigQueryInsertJobOperator

# read replica of the game database, for joining purchases with telemetry
GAME_DB_URI = "postgresql+psycopg2://analytics_ro:«pwh#analytics-ro»@10.30.0.3:5432/skyraid" ⟦S dag-db⟧

default_args = {
    "owner": "mika",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
}

with DAG(
    dag_id="skyraid_daily_kpis",
    start_date=datetime(2024, 3, 1),
    schedule="30 2 * * *",
    catchup=False,
    default_args=default_args,
    tags=["skyraid", "kpi"],
) as dag:
    from pipeline.load_events import load

    load_events = PythonOperator(task_id="load_events", python_callable=lambda ds, **_: load(datetime.fromisoformat(ds).date()))

    kpis = BigQueryInsertJobOperator(
        task_id="compute_kpis",
        gcp_conn_id="google_cloud_default",
        configuration={
            "query": {
                "query": "CALL `pixelforge-analytics.skyraid_kpis.daily`(DATE '{{ ds }}')",
                "useLegacySql": False,
            }
        },
    )

    load_events >> kpis
