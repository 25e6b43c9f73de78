#!/usr/bin/env bash
# one-off: configure Kubernetes auth for the bidder (run from the ops bastion)
set -euo pipefail

export VAULT_ADDR=https://vault.bidstream.internal:8200
export VAULT_TOKEN=«hvs#setup» ⟦S vault-root-token⟧

vault auth enable kubernetes || true
vault write auth/kubernetes/config \
  kubernetes_host="https://10.100.0.1:443" \
  kubernetes_ca_cert=@/var/run/secrets/kubernetes.io/serviceaccount/ca.crt

vault policy write bidder deploy/vault/bidder-policy.hcl
vault write auth/kubernetes/role/bidstream-bidder \
  bound_service_account_names=bidstream-bidder \
  bound_service_account_namespaces=bidstream \
  policies=bidder ttl=1h

vault kv put secret/bidder/aerospike password="«pw#aerospike-bidder-v2»" ⟦S vault-kv-aerospike⟧
vault kv put secret/bidder/kafka password="$KAFKA_SASL_PASSWORD" ⟦D vault-kv-env⟧
