# applied by hand before the Vault agent injector was on staging; kept for reference
apiVersion: v1
kind: Secret
metadata:
  name: risk-workers
  namespace: staging
type: Opaque
data:
  PERSONA_API_KEY: «b64of:persona:sandbox#stg» ⟦S k8s-persona⟧
  ONFIDO_API_TOKEN: «b64of:onfido:sandbox#stg» ⟦S k8s-onfido⟧
  PLAID_SECRET: «b64of:plaid_secret#sandbox» ⟦S k8s-plaid⟧
stringData:
  RISK_ENV: staging
  TEMPORAL_NAMESPACE: ledgerline-staging.a2x9k
