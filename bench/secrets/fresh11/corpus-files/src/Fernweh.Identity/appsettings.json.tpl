{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Duende": "Warning"
    }
  },
  "IdentityServer": {
    "IssuerUri": "https://login.fernweh-reisen.de",
    "KeyManagement": {
      "Enabled": true,
      "KeyPath": "keys",
      "RotationInterval": "90.00:00:00",
      "PropagationTime": "14.00:00:00"
    },
    "LicenseKey": ""
  },
  "SigningCertificate": {
    "Path": "certs/login-fernweh-reisen-de.pfx",
    "Password": "«storepw#login-pfx»",  ⟦S identity-pfx-password⟧
    "Thumbprint": "«thumb#login-cert»"  ⟦D identity-thumbprint⟧
  },
  "ConnectionStrings": {
    "Identity": "Server=tcp:sql-fernweh-prod.database.windows.net,1433;Initial Catalog=FernwehIdentity;User ID=fernweh_identity;Password=«pwr#sql-identity»;Encrypt=True;"  ⟦S identity-sql⟧
  },
  "ExternalProviders": {
    "AzureAd": {
      "Instance": "https://login.microsoftonline.com/",
      "TenantId": "«guid#tenant»",  ⟦D identity-tenant⟧
      "ClientId": "«guid#entra-staff-app»",  ⟦D identity-entra-clientid⟧
      "ClientSecret": "«azure_secret#entra-staff»"  ⟦S identity-entra-secret⟧
    }
  }
}
