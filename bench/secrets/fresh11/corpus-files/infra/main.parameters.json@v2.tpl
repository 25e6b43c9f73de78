{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "env": {
      "value": "prod"
    },
    "sqlAdminLogin": {
      "value": "fernwehadmin"
    },
    "sqlAdminPassword": {
      "reference": {
        "keyVault": {
          "id": "/subscriptions/«guid#subscription»/resourceGroups/rg-fernweh-shared/providers/Microsoft.KeyVault/vaults/kv-fernweh-deploy"  ⟦D arm-kv-id⟧
        },
        "secretName": "sqlAdminPassword"  ⟦D arm-kv-secretname⟧
      }
    },
    "sqlAadAdminObjectId": {
      "value": "«guid#sql-aad-admins»"  ⟦D arm-objectid⟧
    }
  }
}
