# created: 2024-03-04T10:12:44Z
# public key: «age_pub#ci» ⟦D agekey-pub⟧
«age_secret#ci» ⟦S agekey-secret⟧
