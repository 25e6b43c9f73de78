lab-unit:«mosq_hash#lab-unit» ⟦D pw-lab⟧
nodered:«mosq_hash#nodered» ⟦D pw-nodered⟧
fleet-backend:«mosq_hash#backend» ⟦D pw-backend⟧
