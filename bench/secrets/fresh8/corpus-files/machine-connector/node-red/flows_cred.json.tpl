{"$":"«hex:32#nr-iv»«b64:300#nr-cred-blob»"}   ⟦D nr-flows-cred⟧
