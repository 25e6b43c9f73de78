[default]
region = eu-west-2

[carelane-prod-admin]
aws_access_key_id = «asia#femi»   ⟦S s-aws-asia⟧
aws_secret_access_key = «awssecret#femi-sts»   ⟦S s-aws-sts-secret⟧
aws_session_token = «aws_session#femi»   ⟦S s-aws-session⟧
