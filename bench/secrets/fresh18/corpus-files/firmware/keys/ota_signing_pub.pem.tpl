«ec_pub#ota» ⟦D key-otapub⟧
