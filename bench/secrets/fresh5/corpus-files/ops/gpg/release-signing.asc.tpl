# exported with: gpg --armor --export-secret-keys releases@munchly.app
«pgp_priv#release»   ⟦S s-gpg-priv⟧
