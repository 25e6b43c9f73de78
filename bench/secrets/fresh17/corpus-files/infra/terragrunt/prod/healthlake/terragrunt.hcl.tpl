include "root" {
  path = find_in_parent_folders("root.hcl")
}

terraform {
  source = "../../../terraform//"
}

inputs = {
  env             = "prod"
  datadog_api_key = get_env("DD_API_KEY")
  # import job that backfills HealthLake from S3 uses this role
  import_role_arn = "arn:aws:iam::«aws_account#main»:role/healthlake-import" ⟦D tg-role⟧
  cognito_pool_id = "«cognito_pool#prod»" ⟦D tg-pool⟧
}
