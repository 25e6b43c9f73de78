terraform {
  required_providers {
    azurerm = { source = "hashicorp/azurerm", version = "~> 3.89" }
  }
}

provider "azurerm" {
  features {}
  subscription_id = "«uuid#az-subscription»" ⟦D az-subscription⟧
  tenant_id       = "«uuid#az-tenant»" ⟦D az-tenant⟧
  client_id       = var.client_id
  client_secret   = var.client_secret ⟦D az-var-secret⟧
}

variable "client_id" {}
variable "client_secret" {
  sensitive = true
}

resource "azurerm_resource_group" "lake" {
  name     = "rg-tidewater-lake"
  location = "westeurope"
}

resource "azurerm_storage_account" "lake" {
  name                     = "tidewaterlake"
  resource_group_name      = azurerm_resource_group.lake.name
  location                 = azurerm_resource_group.lake.location
  account_tier             = "Standard"
  account_replication_type = "ZRS"
  is_hns_enabled           = true
}

resource "azurerm_storage_container" "inbox" {
  for_each              = toset(["inbox-nordmart", "inbox-hafenkauf"])
  name                  = each.key
  storage_account_name  = azurerm_storage_account.lake.name
  container_access_type = "private"
}

resource "azurerm_linux_function_app" "inbox_watcher" {
  name                       = "tw-inbox-watcher"
  resource_group_name        = azurerm_resource_group.lake.name
  location                   = azurerm_resource_group.lake.location
  service_plan_id            = azurerm_service_plan.consumption.id
  storage_account_name       = azurerm_storage_account.lake.name
  storage_account_access_key = azurerm_storage_account.lake.primary_access_key ⟦D az-access-key-ref⟧
  site_config {}
  app_settings = {
    "FUNCTIONS_WORKER_RUNTIME" = "python"
    # the watcher reads the inbox of the *old* lake account until the migration is done
    "LEGACY_LAKE_CONNECTION" = "DefaultEndpointsProtocol=https;AccountName=twlakelegacy;AccountKey=«azure_storage#legacy-lake»;EndpointSuffix=core.windows.net" ⟦S az-conn-string⟧
    "SLACK_CHANNEL"          = "#data-alerts"
  }
}

resource "azurerm_service_plan" "consumption" {
  name                = "asp-tw-consumption"
  resource_group_name = azurerm_resource_group.lake.name
  location            = azurerm_resource_group.lake.location
  os_type             = "Linux"
  sku_name            = "Y1"
}
