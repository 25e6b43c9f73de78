«rsa_pub:ordertrail@app1#drop» ⟦D drop-pubkey⟧
