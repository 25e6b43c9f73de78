hcloud_token = "«hcloud#prod»" ⟦S tfvars-hcloud⟧
location     = "fsn1"
