«unity_guid#catalog130» ⟦D cat-hash⟧
