param env string
param location string
param keyVaultName string

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'stfernwehfn${env}'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: { minimumTlsVersion: 'TLS1_2', allowBlobPublicAccess: false }
}

resource plan 'Microsoft.Web/serverfarms@2023-01-01' = {
  name: 'asp-fernweh-fn-${env}'
  location: location
  sku: { name: 'Y1', tier: 'Dynamic' }
}

resource fn 'Microsoft.Web/sites@2023-01-01' = {
  name: 'func-fernweh-booking-${env}'
  location: location
  kind: 'functionapp'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      appSettings: [
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'dotnet-isolated' }
        { name: 'AzureWebJobsStorage', value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}' }  ⟦D bicep-listkeys⟧
        { name: 'ServiceBusConnection', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=ServiceBus--Connection)' }  ⟦D bicep-kvref-sb⟧
        { name: 'CosmosConnection', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=Cosmos--Connection)' }  ⟦D bicep-kvref-cosmos⟧
        { name: 'WEBSITE_LOAD_CERTIFICATES', value: '«thumb#voucher-signing»' }  ⟦D bicep-thumbprint⟧
      ]
    }
  }
}
