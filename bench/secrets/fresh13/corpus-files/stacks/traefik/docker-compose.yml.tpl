services:
  traefik:
    image: traefik:v3.1@«digest#traefik» ⟦D traefik-digest⟧
    container_name: traefik
    restart: unless-stopped
    command:
      - --configFile=/etc/traefik/traefik.yml
    ports:
      - "80:80"
      - "443:443"
    environment:
      CF_DNS_API_TOKEN: «cf_token#traefik-acme» ⟦S traefik-cf-token⟧
      TZ: Europe/Berlin
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - ./traefik.yml:/etc/traefik/traefik.yml:ro
      - ./dynamic:/etc/traefik/dynamic:ro
      - ./acme:/acme
    networks: [proxy]
    labels:
      - traefik.enable=true
      - traefik.http.routers.dashboard.rule=Host(`traefik.kettlebridge.net`)
      - traefik.http.routers.dashboard.service=api@internal
      - traefik.http.routers.dashboard.middlewares=authelia@docker
      - traefik.http.middlewares.authelia.forwardauth.address=http://authelia:9091/api/authz/forward-auth
      - traefik.http.middlewares.authelia.forwardauth.trustForwardHeader=true
      - traefik.http.middlewares.authelia.forwardauth.authResponseHeaders=Remote-User,Remote-Groups,Remote-Email
      # status page for customers who cannot have an Authelia account
      - "traefik.http.middlewares.status-auth.basicauth.users=kunde:«bcrypt:compose#status-kunde»" ⟦D traefik-bcrypt-label⟧
      - "traefik.http.middlewares.ops-auth.basicauth.users=${TRAEFIK_OPS_USERS}" ⟦D traefik-users-env⟧

networks:
  proxy:
    external: true
