terraform {
  required_version = ">= 1.7"
  backend "s3" {
    bucket         = "ledgerline-tfstate"
    key            = "prod/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "ledgerline-tflock"
    encrypt        = true
  }
  required_providers {
    aws       = { source = "hashicorp/aws", version = "~> 5.50" }
    snowflake = { source = "Snowflake-Labs/snowflake", version = "~> 0.92" }
  }
}

provider "aws" {
  region     = "us-east-1"
  access_key = "«akia#tf-priya»" ⟦S tf-akia⟧
  secret_key = "«awssecret#tf-priya»" ⟦S tf-aws-secret⟧
}

provider "snowflake" {
  account  = "xy12345.us-east-1" ⟦D tf-sf-account⟧
  user     = "TERRAFORM"
  role     = "ACCOUNTADMIN"
  password = var.snowflake_password ⟦D tf-sf-var⟧
}
