# cloudflared on the Müller NUC: exposes Home Assistant without opening a port on the FRITZ!Box
tunnel: «uuid#tunnel-mueller» ⟦D cloudflared-tunnel-id⟧
credentials-file: /etc/cloudflared/«uuid#tunnel-mueller».json ⟦D cloudflared-credfile⟧
ingress:
  - hostname: ha.mueller-haustechnik.de
    service: http://localhost:8123
  - service: http_status:404
