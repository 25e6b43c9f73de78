# Fivetran pulls the retailers' ERP/marketing sources we cannot get through SFTP or Kafka.
terraform {
  required_providers {
    fivetran = { source = "fivetran/fivetran", version = "~> 1.1" }
  }
}

variable "fivetran_api_key" {}
variable "fivetran_api_secret" {
  sensitive = true
}

provider "fivetran" {
  api_key    = var.fivetran_api_key
  api_secret = var.fivetran_api_secret ⟦D fivetran-var⟧
}

resource "fivetran_group" "retail" {
  name = "retail_sources"
}

resource "fivetran_connector" "hafenkauf_shopify" {
  group_id = fivetran_group.retail.id
  service  = "shopify"
  destination_schema {
    name = "hafenkauf_shopify"
  }
  config {
    shop = "hafenkauf-online"
    auth_type = "OAuth"
  }
}
