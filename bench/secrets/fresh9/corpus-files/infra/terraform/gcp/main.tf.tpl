terraform {
  required_providers {
    google = { source = "hashicorp/google", version = "~> 5.12" }
  }
  backend "gcs" {
    bucket = "tidewater-tfstate"
    prefix = "gcp/prod"
  }
}

provider "google" {
  project = "tidewater-prod"
  region  = "europe-west3"
}

resource "google_bigquery_dataset" "forecasts_export" {
  dataset_id  = "forecasts_export"
  location    = "EU"
  description = "Forecasts shared with retailers that live on BigQuery (Analytics Hub listing)"
}

resource "google_storage_bucket" "public_benchmarks" {
  name                        = "tidewater-public-benchmarks" ⟦D tf-gcs-public⟧
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket_iam_member" "public_read" {
  bucket = google_storage_bucket.public_benchmarks.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}

resource "google_service_account" "dbt" {
  account_id   = "dbt-bigquery"
  display_name = "dbt (BigQuery export target)"
}

resource "google_service_account_key" "dbt" {
  service_account_id = google_service_account.dbt.name
}

output "dbt_sa_key" {
  value     = google_service_account_key.dbt.private_key ⟦D tf-sa-key-output⟧
  sensitive = true
}

resource "google_sql_database_instance" "mlflow" {
  name             = "mlflow-pg"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-g1-small"
  }
}

resource "google_sql_user" "mlflow" {
  name     = "mlflow"
  instance = google_sql_database_instance.mlflow.name
  password = "«pwu#mlflow-db»" ⟦S tf-sql-password⟧
}
