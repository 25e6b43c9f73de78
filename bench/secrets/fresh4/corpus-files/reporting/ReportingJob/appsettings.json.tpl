{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.Hosting.Lifetime": "Information" } },
  "ConnectionStrings": {
    "Reporting": "Server=tcp:carelane-sql.database.windows.net,1433;Database=reporting;User ID=reporting_job;Password=«pwr#mssql»;Encrypt=True;",   ⟦S s-mssql-connstr⟧
    "Exports": "DefaultEndpointsProtocol=https;AccountName=carelaneexports;AccountKey=«azure_storage#exports»;EndpointSuffix=core.windows.net",   ⟦S s-azure-storage⟧
    "Bus": "Endpoint=sb://carelane-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«b64:32#servicebus»",   ⟦S s-servicebus⟧
    "Cosmos": "AccountEndpoint=https://carelane-cosmos.documents.azure.com:443/;AccountKey=«azure_storage#cosmos»;"   ⟦S s-cosmos⟧
  },
  "ApplicationInsights": { "ConnectionString": "«appinsights#reporting»" },   ⟦D d-appinsights⟧
  "Report": { "Schedule": "0 6 * * 1", "Recipients": ["ops@carelane.health"] }
}
