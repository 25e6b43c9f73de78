# OpenVPN-Client für die Standortverbindung Werk 2 (Plauen) – läuft auf wb-gw01 als systemd-Dienst
# openvpn-client@werk2.service, Konfiguration nach /etc/openvpn/client/werk2.conf kopieren.
client
dev tun
proto udp
remote vpn-werk2.werkbank-gmbh.de 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
auth SHA256
verb 3
auth-user-pass /etc/openvpn/client/werk2.auth
key-direction 1

<ca>
«cert#werk2-ca»   ⟦D ovpn-ca⟧
</ca>

<cert>
«cert#werk2-client»   ⟦D ovpn-cert⟧
</cert>

<key>
«pem_rsa8#werk2-client-key»   ⟦S ovpn-key⟧
</key>

<tls-auth>
«ovpn_static#werk2-ta»   ⟦S ovpn-ta⟧
</tls-auth>
