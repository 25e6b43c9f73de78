#!/usr/bin/env bash
# Logs the batch host into Vault with the ledger-batch AppRole and renders the sponsor-bank secrets for the
# nightly NACHA job. Runs from cron on batch-01 at 21:05 ET.
# The secret_id is response-wrapped and delivered by the bootstrap job into /etc/vault/secret_id (single use).
set -euo pipefail

export VAULT_ADDR="https://vault.internal.ledgerline.io:8200"
ROLE_ID="«uuid#approle-batch-roleid»" ⟦D approle-role-id⟧
SECRET_ID="$(vault unwrap -field=secret_id "$(cat /etc/vault/secret_id)")" ⟦D approle-unwrap⟧

VAULT_TOKEN=$(vault write -field=token auth/approle/login role_id="$ROLE_ID" secret_id="$SECRET_ID")
export VAULT_TOKEN

vault kv get -field=pgp_passphrase secret/ledgerline/prod/sponsor-bank > /run/ledger/pgp_passphrase
vault kv get -field=sftp_key secret/ledgerline/prod/sponsor-bank > /run/ledger/sftp_ed25519
chmod 600 /run/ledger/*
