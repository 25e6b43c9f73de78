#!/usr/bin/env bash
# one-off: configure Kubernetes auth for the bidder (run from the ops bastion)
# needs VAULT_TOKEN from `vault login -method=oidc`
set -euo pipefail

export VAULT_ADDR=https://vault.bidstream.internal:8200
: "${VAULT_TOKEN:?log in with vault login -method=oidc first}" ⟦D vault-token-check⟧

vault auth enable kubernetes || true
vault write auth/kubernetes/config \
  kubernetes_host="https://10.100.0.1:443" \
  kubernetes_ca_cert=@/var/run/secrets/kubernetes.io/serviceaccount/ca.crt

vault policy write bidder deploy/vault/bidder-policy.hcl
vault write auth/kubernetes/role/bidstream-bidder \
  bound_service_account_names=bidstream-bidder \
  bound_service_account_namespaces=bidstream \
  policies=bidder ttl=1h

vault kv put secret/bidder/aerospike password="$AEROSPIKE_PASSWORD"
vault kv put secret/bidder/kafka password="$KAFKA_SASL_PASSWORD" ⟦D vault-kv-env⟧
