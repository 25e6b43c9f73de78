«vault:0#group-all» ⟦D vault-all⟧
