«pgp_pub#release»   ⟦D d-pgp-public⟧
