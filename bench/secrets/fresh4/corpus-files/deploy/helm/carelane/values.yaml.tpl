image:
  repository: ghcr.io/northbeam/carelane-api
  tag: "2024.03.1"
  digest: sha256:«hex:64#api-image»   ⟦D d-helm-digest⟧
database:
  existingSecret: carelane-db   ⟦D d-helm-existingsecret⟧
  passwordKey: password
redis:
  auth:
    enabled: true
    password: "«pwr#helm-redis»"   ⟦S s-helm-redis-pw⟧
externalSecrets:
  sentryDsn: sm://carelane-prod/sentry-dsn   ⟦D d-helm-sm-uri⟧
  vonageSecret: vault:secret/data/carelane/vonage#api_secret   ⟦D d-helm-vault-uri⟧
