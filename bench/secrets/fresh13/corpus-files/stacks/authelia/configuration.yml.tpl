---
theme: auto
server:
  address: tcp://0.0.0.0:9091
log:
  level: info

identity_validation:
  reset_password:
    jwt_secret: «alnum:64#authelia-jwt» ⟦S authelia-jwt⟧

totp:
  issuer: kettlebridge.net
  period: 30

webauthn:
  display_name: Kettlebridge

authentication_backend:
  password_reset:
    disable: false
  file:
    path: /config/users_database.yml
    password:
      algorithm: argon2
      argon2:
        variant: argon2id
        iterations: 3
        memory: 65536
        parallelism: 4

access_control:
  default_policy: deny
  rules:
    - domain: "status.kettlebridge.net"
      policy: bypass
    - domain: ["traefik.kettlebridge.net", "grafana.kettlebridge.net", "pve01.kettlebridge.net"]
      policy: two_factor
      subject: ["group:admins"]
    - domain: "*.kettlebridge.net"
      policy: one_factor

session:
  name: kb_session
  secret: «alnum:64#authelia-session» ⟦S authelia-session⟧
  expiration: 1h
  inactivity: 15m
  cookies:
    - domain: kettlebridge.net
      authelia_url: https://auth.kettlebridge.net
  redis:
    host: redis
    port: 6379

regulation:
  max_retries: 5
  find_time: 2m
  ban_time: 10m

storage:
  encryption_key: {{ secret "/run/secrets/authelia_storage_key" }} ⟦D authelia-storage-template⟧
  postgres:
    address: tcp://postgres:5432
    database: authelia
    username: authelia
    password: {{ secret "/run/secrets/authelia_pg_password" }} ⟦D authelia-pg-template⟧

notifier:
  smtp:
    address: submission://mail01.kettlebridge.net:587
    username: authelia@kettlebridge.net
    # password: AUTHELIA_NOTIFIER_SMTP_PASSWORD_FILE=/run/secrets/smtp_password (compose secret) ⟦D authelia-smtp-file⟧
    sender: "Kettlebridge Login <auth@kettlebridge.net>"

identity_providers:
  oidc:
    hmac_secret: {{ secret "/run/secrets/oidc_hmac" }} ⟦D authelia-hmac-template⟧
    jwks:
      - key_id: kb-2025
        key: {{ secret "/run/secrets/oidc_jwk.pem" | mindent 10 "|" | msquote }}
    clients:
      - client_id: grafana
        client_name: Grafana
        client_secret: "$pbkdf2-sha512$310000$«b64:16#oidc-grafana-salt»$«b64:64#oidc-grafana-hash»" ⟦D authelia-client-hash⟧
        redirect_uris: ["https://grafana.kettlebridge.net/login/generic_oauth"]
        scopes: [openid, profile, email, groups]
