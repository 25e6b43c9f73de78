apiVersion: v1
kind: Secret
metadata:
  name: scheduling-secrets
  namespace: carebridge
type: Opaque
stringData:
  SCHED_DATABASE_DSN: «sops_enc:96#prod-dsn» ⟦D sops-dsn⟧
  SCHED_REMINDERS_AUTH_TOKEN: «sops_enc:32#prod-tw» ⟦D sops-tw⟧
  jwt-secret: «sops_enc:44#prod-jwt» ⟦D sops-jwt⟧
sops:
  kms:
    - arn: «kms_arn#sops-prod»
      created_at: "2024-03-04T10:20:11Z"
      enc: AQICAH«b64:180#sops-kms-enc» ⟦D sops-kmsenc⟧
      aws_profile: ""
  age:
    - recipient: «age_pub#marcus»
      enc: |
        -----BEGIN AGE ENCRYPTED FILE----- ⟦D sops-agefile⟧
        «b64:45#sops-age-l1»
        «b64:45#sops-age-l2»
        «b64:45#sops-age-l3»
        «b64:30#sops-age-l4»
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2024-03-04T10:20:11Z"
  mac: ENC[AES256_GCM,data:«b64:48#sops-mac»,iv:«b64:32#sops-mac-iv»,tag:«b64:16#sops-mac-tag»,type:str] ⟦D sops-mac⟧
  encrypted_regex: ^(data|stringData)$
  version: 3.8.1
