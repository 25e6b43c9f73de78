«pem_rsa_enc#snowflake-kp-pass» ⟦S sf-p8-key⟧
