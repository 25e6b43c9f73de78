apiVersion: v1
kind: Secret
metadata:
  name: datadog-secret
  namespace: datadog
type: Opaque
stringData:
  api-key: «dd_api#staging-agent» ⟦S k8s-stg-ddapi⟧
  app-key: «dd_app#staging-agent» ⟦S k8s-stg-ddapp⟧
