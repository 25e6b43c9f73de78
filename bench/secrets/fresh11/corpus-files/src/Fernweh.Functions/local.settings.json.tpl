{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",  ⟦D fn-devstorage⟧
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "APPLICATIONINSIGHTS_CONNECTION_STRING": "«ai_conn#fn-dev»",  ⟦D fn-ai-conn⟧
    "ServiceBusConnection": "Endpoint=sb://sb-fernweh-prod.servicebus.windows.net/;SharedAccessKeyName=booking-sync-listen;SharedAccessKey=«sas_key#sb-listen»",  ⟦S fn-servicebus⟧
    "CosmosConnection": "AccountEndpoint=https://cosmos-fernweh-prod.documents.azure.com:443/;AccountKey=«acct_key#cosmos-prod»;",  ⟦S fn-cosmos⟧
    "VoucherStorage": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=«azurite»;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",  ⟦D fn-azurite⟧
    "BookingQueueName": "booking-events",
    "CosmosDatabase": "portal",
    "CosmosContainer": "bookings"
  },
  "Host": {
    "LocalHttpPort": 7072,
    "CORS": "*"
  }
}
