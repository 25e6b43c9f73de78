«pem_rsa#pacing-client» ⟦S pem-pacing⟧
