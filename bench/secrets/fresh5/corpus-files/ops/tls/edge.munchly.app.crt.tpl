«cert#edge-tls»   ⟦D d-tls-cert⟧
