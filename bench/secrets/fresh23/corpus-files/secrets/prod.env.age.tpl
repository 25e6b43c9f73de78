-----BEGIN AGE ENCRYPTED FILE----- ⟦D age-armor⟧
«b64:48#age1»
«b64:48#age2»
«b64:48#age3»
«b64:48#age4»
«b64:30#age5»
-----END AGE ENCRYPTED FILE-----
