global:
  sendAnonymousUsage: false

entryPoints:
  web:
    address: ":80"
    http:
      redirections:
        entryPoint: { to: websecure, scheme: https }
  websecure:
    address: ":443"
    http:
      tls:
        certResolver: le

providers:
  docker:
    exposedByDefault: false
    network: proxy
    # every stack gets <service>.kettlebridge.net unless it sets its own rule
    defaultRule: "Host(`{{ normalize .Name }}.kettlebridge.net`)" ⟦D traefik-default-rule⟧
  file:
    directory: /etc/traefik/dynamic
    watch: true

certificatesResolvers:
  le:
    acme:
      email: ops@kettlebridge.net
      storage: /acme/acme.json
      dnsChallenge:
        provider: cloudflare
        resolvers: ["1.1.1.1:53", "9.9.9.9:53"]

api:
  dashboard: true

log:
  level: INFO
accessLog:
  filePath: /var/log/traefik/access.log
  fields:
    headers:
      names:
        Authorization: redact ⟦D traefik-redact⟧
