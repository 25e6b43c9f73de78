«rsa_pem#lab-unit-07» ⟦S key-lab07⟧
