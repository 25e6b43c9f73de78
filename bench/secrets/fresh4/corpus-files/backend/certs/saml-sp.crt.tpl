«cert#saml-sp»   ⟦D d-saml-cert⟧
