# 2025-03-12 09:41:07 by RouterOS 7.16.2
# software id = 7KQ2-HN4D
# (export show-sensitive: this file is the provisioning script for a reset router)
#
# model = C53UiG+5HPaxD2HPaxD
# serial number = HF40A1B2C3D
/interface bridge
add admin-mac=48:A9:8A:3C:11:F0 auto-mac=no comment=defconf name=bridge
/interface wifi
set [ find default-name=wifi1 ] channel.band=5ghz-ax channel.width=20/40/80mhz configuration.country=Germany \
    configuration.mode=ap configuration.ssid=Sonnenschein-Laden disabled=no \
    security.authentication-types=wpa2-psk,wpa3-psk security.passphrase=«human#sonnenschein-wlan» ⟦S mikrotik-wifi⟧
/interface wireguard
add listen-port=13231 mtu=1420 name=wg-kb private-key="«wg_priv#sonnenschein-gw»" ⟦S mikrotik-wg-priv⟧
/interface wireguard peers
add allowed-address=10.99.0.0/24 endpoint-address=pve01.kettlebridge.net endpoint-port=51820 interface=wg-kb \
    name=kb-hub persistent-keepalive=25s public-key="«wg_pub#pve01»" ⟦D mikrotik-wg-peer⟧
/ip pool
add name=dhcp ranges=192.168.88.10-192.168.88.254
/ip address
add address=192.168.88.1/24 comment=defconf interface=bridge network=192.168.88.0
add address=10.99.0.22/24 interface=wg-kb network=10.99.0.0
/ip dns
set allow-remote-requests=yes servers=9.9.9.9,149.112.112.112
/snmp community
set [ find default=yes ] addresses=10.99.0.1/32 name=public ⟦D mikrotik-snmp-public⟧
/system identity
set name=sonnenschein-gw
/system ntp client
set enabled=yes
