{"$":"«nodered_enc#flows»"} ⟦D nr-enc⟧
