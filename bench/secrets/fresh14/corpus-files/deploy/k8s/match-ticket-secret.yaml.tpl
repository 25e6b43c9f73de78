# kubectl apply -n skyraid -f deploy/k8s/match-ticket-secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: skyraid-match-ticket
  namespace: skyraid
  labels:
    app.kubernetes.io/part-of: skyraid
type: Opaque
data:
  MATCH_TICKET_KEY: «b64of:hexsecret:64#ticket-prod» ⟦S ks-ticket⟧
