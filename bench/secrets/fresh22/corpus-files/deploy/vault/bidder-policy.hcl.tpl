# policy for the bidder's Kubernetes auth role
path "secret/data/bidder/*" {
  capabilities = ["read"]
}

path "pki_int/issue/bidstream-internal" {
  capabilities = ["create", "update"]
}
