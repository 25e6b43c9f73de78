username=svc_zeichnungen
password=«weak#svc-zeichnungen»   ⟦S cifs-pw⟧
domain=WERKBANK
