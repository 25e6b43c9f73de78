«ansible_vault#all» ⟦D ans-vault-blob⟧
