# pve01 hub: every customer router and our laptops connect here (10.99.0.0/24)
# deployed by hand to /etc/wireguard/wg0.conf on pve01 (the role's template is for the spokes)
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PrivateKey = «wg_priv#pve01» ⟦S wg-hub-priv⟧
PostUp = iptables -A FORWARD -i wg0 -j ACCEPT; iptables -t nat -A POSTROUTING -o vmbr0 -j MASQUERADE
PostDown = iptables -D FORWARD -i wg0 -j ACCEPT; iptables -t nat -D POSTROUTING -o vmbr0 -j MASQUERADE

[Peer]
# mira laptop
PublicKey = «wg_pub#mira» ⟦D wg-peer-mira⟧
AllowedIPs = 10.99.0.2/32

[Peer]
# tobi laptop
PublicKey = «wg_pub#tobi» ⟦D wg-peer-tobi⟧
AllowedIPs = 10.99.0.3/32

[Peer]
# Müller Haustechnik, OpenWrt in the office
PublicKey = «wg_pub#mueller-router» ⟦D wg-peer-mueller⟧
AllowedIPs = 10.99.0.21/32, 192.168.10.0/24

[Peer]
# Bäckerei Sonnenschein, MikroTik hAP ax2 in the bakery
PublicKey = «wg_pub#sonnenschein-gw» ⟦D wg-peer-sonnenschein⟧
AllowedIPs = 10.99.0.22/32, 192.168.88.0/24
