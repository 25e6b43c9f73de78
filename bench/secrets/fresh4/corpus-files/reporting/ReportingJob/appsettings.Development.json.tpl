{
  "ConnectionStrings": {
    "Reporting": "Server=localhost,1433;Database=reporting;User ID=sa;Password=yourStrong(!)Password;TrustServerCertificate=True",   ⟦D d-mssql-docs-example⟧
    "Exports": "UseDevelopmentStorage=true",   ⟦D d-azurite⟧
    "Cosmos": "AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==;"   ⟦D d-cosmos-emulator⟧
  }
}
