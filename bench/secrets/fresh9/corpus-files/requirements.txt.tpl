# pip-compile --generate-hashes requirements.in
apache-airflow==2.8.1 \
    --hash=sha256:«sha256#req-airflow» ⟦D req-hash-airflow⟧
apache-airflow-providers-snowflake==5.2.1 \
    --hash=sha256:«sha256#req-sf-provider»
apache-airflow-providers-sftp==4.8.1 \
    --hash=sha256:«sha256#req-sftp»
dbt-snowflake==1.7.1 \
    --hash=sha256:«sha256#req-dbt-sf» ⟦D req-hash-dbt⟧
pandas==2.1.4 \
    --hash=sha256:«sha256#req-pandas»
snowflake-connector-python[pandas]==3.6.0 \
    --hash=sha256:«sha256#req-sfconn»
