«pgp_priv#release»   ⟦S s-pgp-private⟧
