«pgp_priv#ops» ⟦S pgp-ops-priv⟧
