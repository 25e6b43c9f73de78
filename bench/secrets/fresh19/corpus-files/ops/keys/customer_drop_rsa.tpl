«rsa_pem#drop» ⟦S drop-rsa-key⟧
