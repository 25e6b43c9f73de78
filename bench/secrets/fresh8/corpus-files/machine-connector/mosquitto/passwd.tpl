connector:«pwr#mqtt-connector»   ⟦S mosq-plain-connector⟧
nodered:«pwh#mqtt-nodered»   ⟦S mosq-plain-nodered⟧
