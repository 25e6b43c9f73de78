# deploy tool config (backup written by the editor)
environment: production
secrets:
  provider: infisical
  token: «infisical#deploy»   ⟦S s-tilde-infisical⟧
  project: «uuid#infisical-project»   ⟦D d-tilde-project⟧
notify_channel: "#deploys"
