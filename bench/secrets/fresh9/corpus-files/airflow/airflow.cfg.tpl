[core]
dags_folder = /opt/airflow/dags
executor = LocalExecutor
load_examples = False
default_timezone = utc
# python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"
fernet_key = «fernet#airflow-prod» ⟦S af-fernet⟧
max_active_runs_per_dag = 1

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:«pwu#airflow-meta»@10.20.0.4:5432/airflow ⟦S af-sqlalchemy⟧
sql_alchemy_pool_size = 5

[webserver]
base_url = https://airflow.tidewater.internal
web_server_port = 8080
secret_key = «hex:32#airflow-web» ⟦S af-web-secret⟧
expose_config = False
rbac = True

[smtp]
smtp_host = smtp.postmarkapp.com
smtp_starttls = True
smtp_port = 587
smtp_mail_from = airflow@tidewater.ai

[secrets]
backend =
backend_kwargs =

[scheduler]
min_file_process_interval = 60
catchup_by_default = False
