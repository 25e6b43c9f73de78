# staging only — sops on staging was slowing down the demo cycle, encrypt again before the pilot (MP)
apiVersion: v1
kind: Secret
metadata:
  name: scheduling-secrets
  namespace: carebridge-staging
type: Opaque
data:
  SCHED_DATABASE_PASSWORD: «b64of:pw_random#sched-staging» ⟦S k8s-stg-b64pw⟧
  jwt-secret: «b64:48#stg-jwt» ⟦S k8s-stg-jwt⟧
---
apiVersion: v1
kind: Secret
metadata:
  name: video-secrets
  namespace: carebridge-staging
type: Opaque
stringData:
  VIDEO_TWILIO_ACCOUNT_SID: «twilio_ac#staging» ⟦D k8s-stg-acsid⟧
  VIDEO_TWILIO_API_KEY_SID: «twilio_sk#staging» ⟦D k8s-stg-sksid⟧
  VIDEO_TWILIO_API_KEY_SECRET: «twilio_secret#staging» ⟦S k8s-stg-sksecret⟧
