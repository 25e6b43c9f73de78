# deploy tool config
environment: production
secrets:
  provider: infisical
  token: ${INFISICAL_TOKEN}   ⟦D d-deploy-token-ref⟧
  project: «uuid#infisical-project»   ⟦D d-deploy-project⟧
notify_channel: "#deploys"
