Unseal Key 1: «vault_unseal#k1»   ⟦S s-vault-unseal-1⟧
Unseal Key 2: «vault_unseal#k2»   ⟦S s-vault-unseal-2⟧
Unseal Key 3: «vault_unseal#k3»   ⟦S s-vault-unseal-3⟧

Initial Root Token: «hvs#root»   ⟦S s-vault-root⟧

Vault initialized with 5 key shares and a key threshold of 3.
