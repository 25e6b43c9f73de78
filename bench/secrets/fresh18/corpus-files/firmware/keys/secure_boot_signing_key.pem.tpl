«rsa_pem#secure-boot» ⟦S key-sb⟧
