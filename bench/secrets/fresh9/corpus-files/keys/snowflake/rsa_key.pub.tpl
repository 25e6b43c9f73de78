«rsa_enc_pub#svc_dbt» ⟦D sf-pub⟧
