gw-werk1
«pwr#ovpn-user»   ⟦S ovpn-auth-pw⟧
