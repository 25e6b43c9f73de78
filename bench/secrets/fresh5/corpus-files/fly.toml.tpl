app = "munchly-api-edge"
primary_region = "fra"

[build]
  image = "registry.fly.io/munchly-api-edge@«docker_digest#fly-image»"   ⟦D d-fly-digest⟧

[env]
  NODE_ENV = "production"
  LOG_LEVEL = "info"
  OTEL_EXPORTER_OTLP_ENDPOINT = "https://otlp-gateway-prod-eu-west-2.grafana.net/otlp"
  OTEL_EXPORTER_OTLP_HEADERS = "Authorization=Basic «basicr:812344#grafana-otlp»"   ⟦S s-fly-otlp⟧

[http_service]
  internal_port = 3000
  force_https = true
  min_machines_running = 1
