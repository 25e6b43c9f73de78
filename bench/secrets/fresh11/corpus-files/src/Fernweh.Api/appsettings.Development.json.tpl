{
  "Logging": {
    "LogLevel": {
      "Default": "Debug",
      "Microsoft.AspNetCore": "Information",
      "Microsoft.EntityFrameworkCore.Database.Command": "Information"
    }
  },
  "ConnectionStrings": {
    "Portal": "Server=(localdb)\\MSSQLLocalDB;Database=FernwehPortal;Trusted_Connection=True;MultipleActiveResultSets=true"  ⟦D dev-localdb⟧
  },
  "Serilog": {
    "MinimumLevel": "Debug",
    "WriteTo": [
      { "Name": "Console" },
      {
        "Name": "Seq",
        "Args": {
          "serverUrl": "https://seq.intern.fernweh-reisen.de",
          "apiKey": "«seq_key#dev»"  ⟦S dev-seq-apikey⟧
        }
      }
    ]
  },
  "Jwt": {
    "SigningKey": "«alnum:48#jwt-dev»"  ⟦S dev-jwt-signing⟧
  },
  "Redis": {
    "Configuration": "localhost:6379,abortConnect=false"
  }
}
