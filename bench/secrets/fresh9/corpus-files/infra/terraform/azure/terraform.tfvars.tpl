client_id     = "«uuid#az-sp-client»" ⟦D tfvars-client-id⟧
client_secret = "«azure_secret#az-sp»" ⟦S tfvars-client-secret⟧
