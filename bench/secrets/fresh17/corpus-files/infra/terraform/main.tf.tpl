terraform {
  required_version = ">= 1.7"
  required_providers {
    aws       = { source = "hashicorp/aws", version = "~> 5.46" }
    datadog   = { source = "DataDog/datadog", version = "~> 3.39" }
    pagerduty = { source = "PagerDuty/pagerduty", version = "~> 3.11" }
  }
}

provider "aws" {
  region = var.region
  default_tags { tags = { project = "carebridge", env = var.env, hipaa = "true" } }
}

provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
}

resource "aws_kms_key" "phi" {
  description         = "PHI at rest: S3 documents, HealthLake, RDS"
  enable_key_rotation = true
}

resource "aws_s3_bucket" "documents" {
  bucket = "carebridge-${var.env}-patient-documents"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "documents" {
  bucket = aws_s3_bucket.documents.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.phi.arn
    }
  }
}

resource "aws_healthlake_fhir_datastore" "main" {
  datastore_name         = "carebridge-${var.env}"
  datastore_type_version = "R4"
  sse_configuration {
    kms_encryption_config {
      cmk_type   = "CUSTOMER_MANAGED_KMS_KEY"
      kms_key_id = aws_kms_key.phi.arn
    }
  }
}

resource "aws_cognito_user_pool" "patients" {
  name = "carebridge-${var.env}-patients"
  password_policy {
    minimum_length    = 12
    require_symbols   = true
    require_numbers   = true
    require_uppercase = true
  }
  mfa_configuration = "OPTIONAL"
}

resource "aws_cognito_user_pool_client" "admin" {
  name            = "admin-console"
  user_pool_id    = aws_cognito_user_pool.patients.id
  generate_secret = true
}

resource "aws_db_instance" "main" {
  identifier          = "carebridge-${var.env}"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.t4g.medium"
  username            = "cb_admin"
  password            = var.db_master_password
  storage_encrypted   = true
  kms_key_id          = aws_kms_key.phi.arn
  deletion_protection = true
}
