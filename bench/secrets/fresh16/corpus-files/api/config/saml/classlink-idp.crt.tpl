«cert#classlink-idp» ⟦D saml-cert⟧
