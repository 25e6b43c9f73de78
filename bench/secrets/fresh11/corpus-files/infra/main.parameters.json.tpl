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
      "value": "«pwr#sql-admin»"  ⟦S arm-sqladmin-pw⟧
    },
    "sqlAadAdminObjectId": {
      "value": "«guid#sql-aad-admins»"  ⟦D arm-objectid⟧
    }
  }
}
