«ec_pub:exo» ⟦D cert-pub⟧
