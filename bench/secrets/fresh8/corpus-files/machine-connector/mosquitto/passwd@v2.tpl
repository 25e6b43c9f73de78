connector:«mosq_hash#connector»   ⟦D mosq-hash-1⟧
nodered:«mosq_hash#nodered»   ⟦D mosq-hash-2⟧
