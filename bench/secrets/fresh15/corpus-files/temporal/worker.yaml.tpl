# Temporal Cloud connection for the payout and KYC workers (staging namespace)
namespace: ledgerline-staging.a2x9k ⟦D tmp-ns⟧
address: ledgerline-staging.a2x9k.tmprl.cloud:7233
task_queues:
  - payouts
  - risk-kyc
tls:
  client_cert_path: /etc/temporal/client.pem
  client_key_path: /etc/temporal/client.key
# API-key auth (replaces the mTLS pair above once the namespace is migrated)
api_key: «temporal_key#staging» ⟦S tmp-api-key⟧
workflows:
  payout:
    retry: { initial_interval: 2s, backoff: 2.0, maximum_attempts: 8 }
    timeout: 36h
  kyb_review:
    timeout: 720h
