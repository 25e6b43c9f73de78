«pem_ec8#asc»   ⟦S s-asc-p8⟧
