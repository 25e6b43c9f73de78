#Für den lokalen Test gegen P01 mit SAP GUI-Benutzer (nicht committen!!)
#Thu Jan 09 10:14:22 CET 2025
jco.client.lang=DE
jco.client.client=100
jco.client.passwd=«sap_pw#tbrandt-p01»   ⟦S jco-passwd⟧
jco.client.user=TBRANDT
jco.client.sysnr=00
jco.client.ashost=sapp01.werkbank.local
jco.destination.pool_capacity=3
jco.destination.peak_limit=10
