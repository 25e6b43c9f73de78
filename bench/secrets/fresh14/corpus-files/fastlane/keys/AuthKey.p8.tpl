«pem_ec8#asc» ⟦S p8-key⟧
