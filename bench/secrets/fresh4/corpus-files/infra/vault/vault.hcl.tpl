storage "raft" {
  path    = "/opt/vault/data"
  node_id = "vault-1"
}
seal "awskms" {
  region     = "eu-west-2"
  kms_key_id = "«uuid#kms-key»"   ⟦D d-vault-kmsid⟧
}
api_addr     = "https://vault.carelane.internal:8200"
cluster_addr = "https://vault-1.carelane.internal:8201"
