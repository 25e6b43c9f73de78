include "root" {
  path = find_in_parent_folders("root.hcl")
}

terraform {
  source = "../../terraform//"
}

# staging is throwaway, values inline so `terragrunt apply` works from a laptop without the CI env
inputs = {
  env                = "staging"
  db_master_password = "«pw_human#rds-staging»" ⟦S tg-stg-dbpw⟧
  datadog_api_key    = "«dd_api#staging»" ⟦S tg-stg-ddapi⟧
  datadog_app_key    = get_env("DD_APP_KEY", "") ⟦D tg-stg-ddapp⟧
  pagerduty_token    = "dummy-not-used-in-staging" ⟦D tg-stg-pd⟧
  cognito_pool_id    = "«cognito_pool#staging»" ⟦D tg-stg-pool⟧
}
