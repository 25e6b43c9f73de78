«pgp_pub#release»   ⟦D d-gpg-pub⟧
