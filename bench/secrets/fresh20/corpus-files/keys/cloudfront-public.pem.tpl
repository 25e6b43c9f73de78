«rsa_pub_pem#cloudfront» ⟦D cf-public-key⟧
