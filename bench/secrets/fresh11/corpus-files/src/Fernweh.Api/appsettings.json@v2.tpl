{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "KeyVault": {
    "Uri": "https://kv-fernweh-prod.vault.azure.net/"
  },
  "ConnectionStrings": {
    "Portal": "Server=tcp:sql-fernweh-prod.database.windows.net,1433;Initial Catalog=FernwehPortal;Authentication=Active Directory Managed Identity;Encrypt=True;Connection Timeout=30;"  ⟦D appsettings-sql-mi⟧
  },
  "Jwt": {
    "Issuer": "https://api.fernweh-reisen.de",
    "Audience": "fernweh-agent-portal",
    "SigningKey": "",  ⟦D appsettings-jwt-empty⟧
    "AccessTokenMinutes": 60
  },
  "Amadeus": {
    "BaseUrl": "https://api.amadeus.com",
    "ApiKey": "",
    "ApiSecret": ""
  },
  "Hotelbeds": {
    "BaseUrl": "https://api.hotelbeds.com",
    "ApiKey": "",
    "Secret": ""
  },
  "Booking": {
    "OptionHoldHours": 48,
    "DefaultCurrency": "EUR",
    "CommissionRatePercent": 10.5
  }
}
