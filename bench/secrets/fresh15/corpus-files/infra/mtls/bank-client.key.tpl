«pem_rsa8#bank-client-key» ⟦S mtls-key⟧
