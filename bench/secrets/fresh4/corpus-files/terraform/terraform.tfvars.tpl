region             = "fr-par"
hcp_client_id      = "«alnum:32#hcp-id»"   ⟦D d-tfvars-hcp-id⟧
hcp_client_secret  = "«alnum:64#hcp-secret»"   ⟦S s-tfvars-hcp-secret⟧
