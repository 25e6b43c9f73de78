# Tidewater Analytics — platform monorepo

Demand forecasts for retailers. Everything the five of us run lives here: ingestion, the warehouse models, training,
the serving API and the bits we hand to customers.

## Layout

| path | what |
| --- | --- |
| `dags/`, `airflow/` | Airflow 2.8 (our own VM); connections come from GCP Secret Manager |
| `dbt/` | dbt-snowflake project, profiles for dev / ci / prod (prod: key-pair auth) |
| `sql/worksheets/` | Snowflake worksheets we ran by hand (roles, stages, users, key pairs) |
| `notebooks/` | exploration notebooks; Databricks notebooks as `.py` source |
| `ml/` | training, model registry, MLflow server |
| `ingest-rs/` | Rust ingestion service (Kafka + SFTP) |
| `streaming/connect/` | Kafka Connect worker and connector configs |
| `connectors/` | Fivetran (terraform) and Airbyte source configs |
| `api/` | FastAPI forecast API (customer API keys) |
| `cli/` | `twctl`, the Go CLI we give customers |
| `demo/` | Streamlit demo for sales calls |
| `bi/` | Superset (customer dashboards) and Metabase (internal) |
| `spark/` | lake compaction job |
| `infra/`, `deploy/` | Terraform (GCP, Azure), Helm chart, Argo workflows |
| `docs/onboarding/` | one page per customer + the API quickstart |

## Getting started

```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
export DBT_PROFILES_DIR=$PWD/dbt
dbt debug --target dev
```

Ask Priya for a Snowflake user. Public sample data (M5 subset we use in demos) is in
`gs://tidewater-public-benchmarks/m5/` and can be read without credentials. ⟦D readme-bucket⟧

## Internal tools

- Airflow: https://airflow.tidewater.internal (Google SSO)
- MLflow: https://mlflow.tidewater.internal (basic auth, user per person; ask Tomas)
- Metabase: https://bi.tidewater.internal — shared sales login `sales@tidewater.ai` / `«pwh#metabase-sales»` until the Google SSO add-on is paid for ⟦S readme-metabase-login⟧
- Demo app: https://demo.tidewater.ai (password for prospects changes per call, see the #sales channel)

## Secrets

Nothing secret goes in this repo any more: `.gitignore` covers the usual files, and every service reads its
credentials from the environment or from GCP Secret Manager (`projects/tidewater-prod/secrets/*`). If you find
one, rotate it first, then remove it.
