# WireGuard peers (hub: pve01, 10.99.0.0/24)

Public keys only. A new peer runs `wg genkey | tee privatekey | wg pubkey`, sends us the **public** key and keeps the
private key on the device. Never paste a private key into a ticket or into Mattermost.

| Peer | Address | Public key | Notes |
|------|---------|------------|-------|
| pve01 (hub) | 10.99.0.1 | `«wg_pub#pve01»` | endpoint pve01.kettlebridge.net:51820 | ⟦D peers-pve01⟧
| mira | 10.99.0.2 | `«wg_pub#mira»` | | ⟦D peers-mira⟧
| tobi | 10.99.0.3 | `«wg_pub#tobi»` | | ⟦D peers-tobi⟧
| mueller-router | 10.99.0.21 | `«wg_pub#mueller-router»` | OpenWrt, PSK set | ⟦D peers-mueller⟧
| sonnenschein-gw | 10.99.0.22 | `«wg_pub#sonnenschein-gw»` | MikroTik | ⟦D peers-sonnenschein⟧

A peer config for a laptop looks like this (the hub's public key is the one above):

```ini
[Interface]
PrivateKey = <output of wg genkey> ⟦D peers-example-priv⟧
Address = 10.99.0.X/32
DNS = 10.99.0.1

[Peer]
PublicKey = «wg_pub#pve01» ⟦D peers-example-hub-pub⟧
Endpoint = pve01.kettlebridge.net:51820
AllowedIPs = 10.99.0.0/24, 10.20.0.0/16
```
