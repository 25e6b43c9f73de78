// Fernweh agent portal – production resources (West Europe)
targetScope = 'resourceGroup'

@description('Environment short name')
@allowed([ 'dev', 'test', 'prod' ])
param env string = 'prod'

param location string = resourceGroup().location

@description('SQL admin login (break-glass only; the app uses its managed identity)')
param sqlAdminLogin string

@secure()
@description('SQL admin password, passed from the pipeline variable group')
param sqlAdminPassword string  ⟦D bicep-secure-param⟧

@description('Object id of the Entra group "sg-fernweh-sql-admins"')
param sqlAadAdminObjectId string = '«guid#sql-aad-admins»'  ⟦D bicep-objectid⟧

var suffix = 'fernweh-${env}'

resource sql 'Microsoft.Sql/servers@2023-05-01-preview' = {
  name: 'sql-${suffix}'
  location: location
  properties: {
    administratorLogin: sqlAdminLogin
    administratorLoginPassword: sqlAdminPassword
    minimalTlsVersion: '1.2'
    administrators: {
      administratorType: 'ActiveDirectory'
      login: 'sg-fernweh-sql-admins'
      sid: sqlAadAdminObjectId
      tenantId: subscription().tenantId
    }
  }
}

resource db 'Microsoft.Sql/servers/databases@2023-05-01-preview' = {
  parent: sql
  name: 'FernwehPortal'
  location: location
  sku: { name: 'S2', tier: 'Standard' }
}

resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-${suffix}'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
  }
}

module functions 'modules/functions.bicep' = {
  name: 'functions'
  params: {
    env: env
    location: location
    keyVaultName: kv.name
  }
}
