google-cloud-bigquery==3.19.0 \
    --hash=sha256:«sha256#bq-wheel» ⟦D rq-hash1⟧
requests==2.31.0 \
    --hash=sha256:«sha256#requests-wheel» ⟦D rq-hash2⟧
apache-airflow-providers-google==10.16.0 \
    --hash=sha256:«sha256#airflow-google»
pandas==2.2.1 \
    --hash=sha256:«sha256#pandas-wheel»
