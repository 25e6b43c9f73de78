.venv/
__pycache__/
*.pyc
.ipynb_checkpoints/
dbt/target/
dbt/dbt_packages/
dbt/logs/
airflow/logs/
.DS_Store

# never again: exported connections and CLI configs with tokens
airflow/connections*.yaml
airflow/connections*.json
.databrickscfg
