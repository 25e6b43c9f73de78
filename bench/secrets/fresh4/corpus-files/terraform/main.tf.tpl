terraform {
  required_providers {
    scaleway = { source = "scaleway/scaleway", version = "~> 2.40" }
    vault    = { source = "hashicorp/vault", version = "~> 4.2" }
  }
}

provider "scaleway" {
  access_key = "«scw_ak#tf»"   ⟦S s-tf-scw-ak⟧
  secret_key = "«uuid#scw-secret»"   ⟦S s-tf-scw-sk⟧
  project_id = "«uuid#scw-project»"   ⟦D d-tf-scw-project⟧
  region     = "fr-par"
}

data "vault_generic_secret" "db" {
  path = "secret/carelane/prod/db"   ⟦D d-tf-vault-path⟧
}

resource "scaleway_rdb_instance" "reports" {
  name           = "carelane-reports"
  engine         = "PostgreSQL-15"
  node_type      = "DB-DEV-S"
  user_name      = "reports"
  password       = data.vault_generic_secret.db.data["reports_password"]   ⟦D d-tf-data-ref⟧
}

variable "hcp_client_secret" {
  type      = string
  sensitive = true
}
