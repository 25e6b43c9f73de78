hcloud_token = "«hcloud#tf-current»" ⟦S tfvars-hcloud⟧
do_token     = "«doctl#tf»" ⟦S tfvars-do⟧
