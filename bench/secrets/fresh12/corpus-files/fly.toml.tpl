app = "relaydesk-agent"
primary_region = "fra"
kill_signal = "SIGINT"
kill_timeout = "30s"

[build]
  dockerfile = "Dockerfile"

[env]
  RELAYDESK_ENV = "production"
  LANGCHAIN_TRACING_V2 = "true"
  LANGCHAIN_PROJECT = "relaydesk-prod"
  LANGFUSE_HOST = "https://cloud.langfuse.com"
  LANGFUSE_PUBLIC_KEY = "«lf_pk#prod»" ⟦D fly-lf-pk⟧
  PINECONE_INDEX = "support-kb"
  AZURE_OPENAI_ENDPOINT = "https://relaydesk-eastus2.openai.azure.com/"
  # secrets (OPENAI_API_KEY, ANTHROPIC_API_KEY, ...) are set with `fly secrets set`, never here

[http_service]
  internal_port = 8700
  force_https = true
  auto_stop_machines = false
  min_machines_running = 2

  [[http_service.checks]]
    grace_period = "20s"
    interval = "15s"
    method = "GET"
    path = "/healthz"
    timeout = "5s"

[[vm]]
  size = "shared-cpu-2x"
  memory = "2gb"
