# WireGuard statt OpenVPN (Test, Tobias) – wg-quick up ./wg-werk2.conf
[Interface]
Address = 10.99.0.2/24
PrivateKey = «wg_priv#wb-gw01»   ⟦S wg-priv⟧
DNS = 10.20.0.10
MTU = 1380

[Peer]
# fw-werk2 (OPNsense)
PublicKey = «wg_pub#fw-werk2»   ⟦D wg-peer-pub⟧
PresharedKey = «b64:32#wg-psk»   ⟦S wg-psk⟧
Endpoint = vpn-werk2.werkbank-gmbh.de:51820
AllowedIPs = 10.30.0.0/16, 10.99.0.0/24
PersistentKeepalive = 25
