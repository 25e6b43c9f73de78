env                = "prod"
db_master_password = "«pw_random#rds-master»" ⟦S tfvars-dbpw⟧
datadog_api_key    = "«dd_api#prod»" ⟦S tfvars-ddapi⟧
pagerduty_token    = "«pd_token#prod»" ⟦S tfvars-pd⟧
