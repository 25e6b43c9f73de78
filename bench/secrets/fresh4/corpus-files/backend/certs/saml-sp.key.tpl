«pem_rsa#saml-sp»   ⟦S s-saml-rsa⟧
