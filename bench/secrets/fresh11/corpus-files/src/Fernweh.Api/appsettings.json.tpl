{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Portal": "Server=tcp:sql-fernweh-prod.database.windows.net,1433;Initial Catalog=FernwehPortal;Persist Security Info=False;User ID=fernweh_app;Password=«pwr#sql-app-v1»;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"  ⟦S appsettings-sql-v1⟧
  },
  "Jwt": {
    "Issuer": "https://api.fernweh-reisen.de",
    "Audience": "fernweh-agent-portal",
    "SigningKey": "«b64bytes:48#jwt-v1»",  ⟦S appsettings-jwt-v1⟧
    "AccessTokenMinutes": 60
  },
  "Amadeus": {
    "BaseUrl": "https://test.api.amadeus.com",
    "ApiKey": "",
    "ApiSecret": ""
  },
  "Hotelbeds": {
    "BaseUrl": "https://api.test.hotelbeds.com",
    "ApiKey": "",
    "Secret": ""
  },
  "Booking": {
    "OptionHoldHours": 48,
    "DefaultCurrency": "EUR",
    "CommissionRatePercent": 10.5
  }
}
