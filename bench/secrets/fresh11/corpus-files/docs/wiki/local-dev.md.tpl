# Local development

## Dependencies

`docker compose up -d` starts SQL Server 2022, Azurite and Seq. Connection strings for local work:

```text
SQL Server : Server=localhost,1433;Database=FernwehPortal;User Id=sa;Password=${MSSQL_SA_PASSWORD};TrustServerCertificate=True  ⟦D localdev-sql-envvar⟧
Azurite    : UseDevelopmentStorage=true  ⟦D localdev-devstorage⟧
Seq        : http://localhost:5341 (no API key locally)
```

Azurite accepts only its well-known development account. If a tool wants the full connection string, it is the
one from the Azurite documentation (public, identical on every machine, useless against real Azure):

```text
DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=«azurite»;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;  ⟦D localdev-azurite⟧
```

## User secrets

`src/Fernweh.Api` has `UserSecretsId` `«guid#usersecrets»`, so the file lives in  ⟦D localdev-usersecretsid⟧
`%APPDATA%\Microsoft\UserSecrets\«guid#usersecrets»\secrets.json` – outside the repo. Do not copy it into the repo.

```powershell
dotnet user-secrets --project src/Fernweh.Api set "Hotelbeds:ApiKey" "<hotelbeds-test-key>"  ⟦D localdev-hb-placeholder⟧
dotnet user-secrets --project src/Fernweh.Api set "Hotelbeds:Secret" "<hotelbeds-test-secret>"
dotnet user-secrets --project src/Fernweh.Api list
```

## Functions

Copy `local.settings.sample.json` to `local.settings.json` (git-ignored since May) and fill the Service Bus
connection string from the portal: *sb-fernweh-dev → Shared access policies → booking-sync-listen*.
Example shape: `Endpoint=sb://sb-fernweh-dev.servicebus.windows.net/;SharedAccessKeyName=booking-sync-listen;SharedAccessKey=<key>`  ⟦D localdev-sb-placeholder⟧

## Stripe webhooks locally

```powershell
stripe listen --forward-to https://localhost:7141/api/payments/stripe-webhook
# prints "Your webhook signing secret is whsec_..." – put that into user secrets as Stripe:WebhookSecret  ⟦D localdev-stripe-whsec-ellipsis⟧
```
