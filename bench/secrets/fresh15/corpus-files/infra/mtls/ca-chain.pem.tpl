# First Continental Issuing CA G2
«cert#fc-issuing» ⟦D mtls-chain-1⟧
# First Continental Root CA
«cert#fc-root» ⟦D mtls-chain-2⟧
