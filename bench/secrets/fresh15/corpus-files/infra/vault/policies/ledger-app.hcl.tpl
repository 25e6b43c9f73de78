# Policy for the ledger's AppRole (role name: ledger-app-prod)
path "secret/data/ledgerline/prod/ledger/*" { ⟦D vault-path⟧
  capabilities = ["read"]
}

path "transit/encrypt/ledger-account-numbers" {
  capabilities = ["update"]
}

path "transit/decrypt/ledger-account-numbers" {
  capabilities = ["update"]
}

path "transit/hmac/ledger-account-lookup" {
  capabilities = ["update"]
}

path "database/creds/ledger-app" {
  capabilities = ["read"]
}

path "pki_int/issue/bank-mtls-client" {
  capabilities = ["create", "update"]
}
