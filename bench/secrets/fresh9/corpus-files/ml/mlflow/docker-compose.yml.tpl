# MLflow tracking server on the ml-box (10.20.0.12), behind caddy with basic auth
services:
  db:
    image: postgres:15.5@sha256:«sha256#pg-digest» ⟦D mlf-pg-digest⟧
    environment:
      POSTGRES_USER: mlflow
      POSTGRES_PASSWORD: «pwu#mlflow-db» ⟦S mlf-pg-password⟧
      POSTGRES_DB: mlflow
    volumes:
      - pgdata:/var/lib/postgresql/data

  mlflow:
    image: ghcr.io/mlflow/mlflow:v2.9.2
    depends_on: [db]
    command: >
      mlflow server
      --host 0.0.0.0 --port 5000
      --backend-store-uri postgresql://mlflow:«pwu#mlflow-db»@db:5432/mlflow ⟦S mlf-backend-uri⟧
      --artifacts-destination gs://tidewater-mlflow
      --serve-artifacts
    environment:
      GOOGLE_APPLICATION_CREDENTIALS: /run/secrets/mlflow-gcs.json ⟦D mlf-gac-path⟧
    ports:
      - "5000:5000"

volumes:
  pgdata:
