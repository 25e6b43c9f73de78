«pem_rsa_enc#edge-tls»   ⟦S s-tls-enc-key⟧
