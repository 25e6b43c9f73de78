«ec_priv:exo» ⟦S cert-key⟧
