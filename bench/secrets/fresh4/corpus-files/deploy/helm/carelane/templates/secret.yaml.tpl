apiVersion: v1
kind: Secret
metadata:
  name: {{ include "carelane.fullname" . }}-redis
type: Opaque
data:
  redis-password: {{ .Values.redis.auth.password | b64enc | quote }}   ⟦D d-helm-b64enc⟧
  api-token: {{ required "apiToken is required" .Values.apiToken | b64enc }}   ⟦D d-helm-required⟧
