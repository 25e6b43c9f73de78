«cert#amazon-root-ca1» ⟦D cert-root⟧
