«jwk_priv:dev-1#dev» ⟦S jwk-dev-priv⟧
