heroku_api_key     = "«heroku#ops»" ⟦S tfvars-heroku⟧
grader_db_password = "«pwr#rds-grader»" ⟦S tfvars-rds⟧
alert_email        = "ops@classnote.io"
