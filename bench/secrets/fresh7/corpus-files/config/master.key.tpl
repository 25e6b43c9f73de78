«hexsecret:32#master» ⟦S master-key⟧
