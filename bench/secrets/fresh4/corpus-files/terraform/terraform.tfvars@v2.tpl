region        = "fr-par"
hcp_client_id = "«alnum:32#hcp-id»"   ⟦D d-tfvars-hcp-id⟧
# hcp_client_secret comes from TF_VAR_hcp_client_secret in CI
