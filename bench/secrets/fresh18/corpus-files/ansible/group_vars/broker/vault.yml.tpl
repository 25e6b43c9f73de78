«vault#broker» ⟦D vault-blob⟧
