"Group","Title","Username","Password","URL","Notes"
"Root/Infra","edge-1 root","root","«pwr#kdbx-edge»","ssh://edge-1.carelane.health",""   ⟦S s-kdbx-edge⟧
"Root/Infra","Grafana admin","admin","«weak#kdbx-grafana»","https://grafana.carelane.internal",""   ⟦S s-kdbx-grafana⟧
"Root/Vendors","Apple ID (Aiko)","aiko@northbeam.digital","«pwh#kdbx-apple»","https://appleid.apple.com","2FA on Aiko's phone"   ⟦S s-kdbx-apple⟧
"Root/Vendors","Twilio console","ops@carelane.health","«memorable#kdbx-twilio»","https://console.twilio.com",""   ⟦S s-kdbx-twilio⟧
"Root/Vendors","Old fax portal","carelane","","https://fax.example.net","password reset, see ticket"   ⟦D d-kdbx-empty⟧
