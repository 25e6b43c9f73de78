terraform {
  required_version = ">= 1.6"
  required_providers {
    aws    = { source = "hashicorp/aws", version = "~> 5.40" }
    heroku = { source = "heroku/heroku", version = "~> 5.2" }
  }
  backend "s3" {
    bucket = "classnote-terraform-state"
    key    = "prod/terraform.tfstate"
    region = "us-east-1"
  }
}

provider "aws" {
  region = "us-east-1"
}

provider "heroku" {
  api_key = var.heroku_api_key ⟦D tf-heroku-var⟧
}

resource "aws_s3_bucket" "submissions" {
  bucket = "classnote-submissions-production"
}

resource "aws_s3_bucket_public_access_block" "submissions" {
  bucket                  = aws_s3_bucket.submissions.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_iam_user" "rails" {
  name = "classnote-rails"
}

resource "aws_iam_access_key" "rails" {
  user = aws_iam_user.rails.name
}

# Grader's own database (keeps student work out of the Heroku account)
resource "aws_db_instance" "grader" {
  identifier             = "classnote-grader"
  engine                 = "postgres"
  engine_version         = "16.2"
  instance_class         = "db.t4g.small"
  allocated_storage      = 50
  db_name                = "grader"
  username               = "grader_admin"
  password               = "«pwr#rds-grader»" ⟦S tf-rds-pw⟧
  storage_encrypted      = true
  deletion_protection    = true
  skip_final_snapshot    = false
  vpc_security_group_ids = [aws_security_group.grader_db.id]
}

resource "heroku_config" "api" {
  sensitive_vars = {
    AWS_ACCESS_KEY_ID     = aws_iam_access_key.rails.id ⟦D tf-akid-ref⟧
    AWS_SECRET_ACCESS_KEY = aws_iam_access_key.rails.secret ⟦D tf-secret-ref⟧
  }
}
