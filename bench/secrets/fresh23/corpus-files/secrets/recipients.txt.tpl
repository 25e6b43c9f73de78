# Mara
«age_pub#mara» ⟦D age-rcpt-mara⟧
# Jannik
«age_pub#jannik» ⟦D age-rcpt-jannik⟧
