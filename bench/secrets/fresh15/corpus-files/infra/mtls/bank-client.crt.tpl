«cert#bank-client» ⟦D mtls-cert⟧
