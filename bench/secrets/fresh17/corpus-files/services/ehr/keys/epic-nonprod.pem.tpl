«rsa_pkcs8#epic-nonprod» ⟦S epic-pem⟧
