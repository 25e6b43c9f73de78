# {{ ansible_managed }}
[Interface]
Address = {{ wg_address }}
ListenPort = {{ wg_port | default(51820) }}
PrivateKey = {{ wg_private_key }} ⟦D wg-template-priv⟧

{% for peer in wg_peers %}
[Peer]
# {{ peer.name }}
PublicKey = {{ peer.public_key }}
{% if peer.psk is defined %}
PresharedKey = {{ peer.psk }}
{% endif %}
AllowedIPs = {{ peer.allowed_ips | join(', ') }}
{% if peer.endpoint is defined %}
Endpoint = {{ peer.endpoint }}
{% endif %}
PersistentKeepalive = 25
{% endfor %}
