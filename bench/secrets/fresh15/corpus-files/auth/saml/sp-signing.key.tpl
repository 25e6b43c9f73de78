«pem_rsa#sp-signing» ⟦S saml-sp-key⟧
