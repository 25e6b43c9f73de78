replicaCount: 2

image:
  repository: europe-west3-docker.pkg.dev/tidewater-prod/apps/forecast-api
  tag: "1.3.0"
  digest: sha256:«sha256#api-image» ⟦D helm-image-digest⟧
  pullPolicy: IfNotPresent

podAnnotations:
  checksum/config: «sha256#helm-config-checksum» ⟦D helm-checksum⟧

env:
  TW_MODEL_REGISTRY: /app/ml/model_registry.yaml
  TW_RATE_LIMIT_PER_MINUTE: "120"

envFromSecret: forecast-api-secrets ⟦D helm-existing-secret⟧

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: api.tidewater.ai
      paths: [{ path: /, pathType: Prefix }]
  tls:
    - secretName: api-tidewater-ai-tls
      hosts: [api.tidewater.ai]

postgresql:
  enabled: true
  auth:
    username: forecast
    password: «pwr#helm-pg-forecast» ⟦S helm-pg-password⟧
    database: forecast

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "«pwr#helm-redis»" ⟦S helm-redis-password⟧

resources:
  requests: { cpu: 250m, memory: 512Mi }
  limits: { memory: 1Gi }
