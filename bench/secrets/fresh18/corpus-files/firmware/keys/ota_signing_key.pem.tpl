«ec_pem#ota» ⟦S key-ota⟧
