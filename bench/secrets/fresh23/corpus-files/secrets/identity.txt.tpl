# created: 2024-02-11T20:14:09+01:00
# public key: «age_pub#team» ⟦D age-id-pub⟧
«age_id#team» ⟦S age-identity⟧
