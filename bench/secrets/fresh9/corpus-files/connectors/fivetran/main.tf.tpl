# Fivetran pulls the retailers' ERP/marketing sources we cannot get through SFTP or Kafka.
terraform {
  required_providers {
    fivetran = { source = "fivetran/fivetran", version = "~> 1.1" }
  }
}

provider "fivetran" {
  api_key    = "«alnum:16#fivetran-key»" ⟦S fivetran-api-key⟧
  api_secret = "«alnum:32#fivetran-secret»" ⟦S fivetran-api-secret⟧
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
