«pem_rsa#cloudfront» ⟦S cf-private-key⟧
