{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "ServiceBusConnection": "Endpoint=sb://sb-fernweh-dev.servicebus.windows.net/;SharedAccessKeyName=booking-sync-listen;SharedAccessKey=<from portal>",  ⟦D fnsample-sb⟧
    "CosmosConnection": "AccountEndpoint=https://localhost:8081/;AccountKey=<cosmos emulator key from the docs>;",  ⟦D fnsample-cosmos⟧
    "BookingQueueName": "booking-events",
    "CosmosDatabase": "portal",
    "CosmosContainer": "bookings"
  }
}
