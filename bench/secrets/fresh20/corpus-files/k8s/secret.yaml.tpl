apiVersion: v1
kind: Secret
metadata:
  name: homestead-env
  namespace: homestead
type: Opaque
data:
  SECRET_KEY: «b64of:django#k8s» ⟦S k8s-secret-key⟧
  DATABASE_URL: «b64of:pgurl#k8s-db» ⟦S k8s-db⟧
stringData:
  SF_PASSWORD: "«pwh#sf-integration-2»" ⟦S k8s-sf-pw⟧
  SF_SECURITY_TOKEN: "«sf_token#integration-2»" ⟦S k8s-sf-token⟧
  HUBSPOT_TOKEN: "" ⟦D k8s-empty⟧
