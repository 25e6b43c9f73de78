«cert#lab-unit-07» ⟦D cert-lab07⟧
