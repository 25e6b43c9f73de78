services:
  vaultwarden:
    image: vaultwarden/server:1.32.0-alpine
    restart: unless-stopped
    environment:
      DOMAIN: https://vault.kettlebridge.net
      SIGNUPS_ALLOWED: "false"
      INVITATIONS_ALLOWED: "true"
      # argon2 PHC string from `vaultwarden hash`; $ doubled for compose
      ADMIN_TOKEN: "«argon2:compose#vw-admin-hash»" ⟦D vw-admin-hash⟧
      SMTP_HOST: mail01.kettlebridge.net
      SMTP_PORT: "587"
      SMTP_SECURITY: starttls
      SMTP_FROM: vault@kettlebridge.net
      LOG_LEVEL: warn
    volumes:
      - ./data:/data
    networks: [proxy]
    labels:
      - traefik.enable=true
      - traefik.http.routers.vaultwarden.rule=Host(`vault.kettlebridge.net`)
      - traefik.http.routers.vaultwarden.middlewares=secure-headers@file
      - traefik.http.services.vaultwarden.loadbalancer.server.port=80

networks:
  proxy:
    external: true
