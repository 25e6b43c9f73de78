«pem_rsa#docusign» ⟦S ds-private-key⟧
