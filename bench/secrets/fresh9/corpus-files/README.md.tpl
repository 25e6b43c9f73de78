# Tidewater Analytics — platform monorepo

Demand forecasts for retailers. Everything the five of us run lives here: ingestion, the warehouse models, training,
the serving API and the bits we hand to customers.

## Layout

| path | what |
| --- | --- |
| `dags/`, `airflow/` | Airflow 2.8 (MWAA-style image on our own VM for now) |
| `dbt/` | dbt-snowflake project, profiles for dev / ci / prod |
| `sql/worksheets/` | Snowflake worksheets we ran by hand (roles, stages, users) |
| `notebooks/` | exploration notebooks; Databricks notebooks as `.py` source |

## Getting started

```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
export DBT_PROFILES_DIR=$PWD/dbt
dbt debug --target dev
```

Ask Priya for a Snowflake user. Public sample data (M5 subset we use in demos) is in
`gs://tidewater-public-benchmarks/m5/` and can be read without credentials. ⟦D readme-bucket⟧
