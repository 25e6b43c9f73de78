«pem_rsa_enc#svc_dbt» ⟦S sf-p8⟧
