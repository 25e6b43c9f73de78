# Fernweh Reisen – Agenturportal

B2B portal for our partner travel agencies: package search (Amadeus flights + Hotelbeds beds), option bookings,
commission statements and voucher download. .NET 8, SQL Server, hosted on Azure App Service (West Europe).

## Solution layout

| Project | What |
| --- | --- |
| `src/Fernweh.Api` | ASP.NET Core Web API used by the Blazor front end and the agent app |
| `src/Fernweh.Gds` | GDS / bed bank clients (Amadeus, Hotelbeds, later Sabre) |
| `src/Fernweh.Functions` | Azure Functions: booking sync from Service Bus into Cosmos DB, voucher rendering |
| `src/Fernweh.Identity` | Duende IdentityServer for agents and the Blazor/MAUI clients |
| `src/Fernweh.Web` | Blazor WebAssembly front end |
| `src/Fernweh.Agents.Maui` | .NET MAUI app for field agents (Android / iOS) |
| `legacy/AgentPortal` | the old WebForms portal on IIS (`web02`), read-only since 2024 |
| `infra/` | Bicep templates, deployed by `azure-pipelines.yml` |
| `db/migrations` | SQL scripts, applied in order by the pipeline (DbUp) |

## Getting started

1. Install the .NET 8 SDK (see `global.json`) and start the local dependencies: `docker compose up -d`
   (SQL Server and Azurite).
2. `dotnet restore` – the internal feed needs a PAT: set `NUGET_FEED_PAT` in your environment.
3. Secrets never go into appsettings files. Use user secrets locally:

   ```powershell
   dotnet user-secrets --project src/Fernweh.Api set "Amadeus:ApiKey" "<your-amadeus-key>"  ⟦D readme-usersecret-key⟧
   dotnet user-secrets --project src/Fernweh.Api set "Amadeus:ApiSecret" "<your-amadeus-secret>"  ⟦D readme-usersecret-secret⟧
   dotnet user-secrets --project src/Fernweh.Api set "ConnectionStrings:Portal" "Server=localhost;Database=FernwehPortal;User Id=sa;Password=<local sa password>;TrustServerCertificate=True"  ⟦D readme-conn-placeholder⟧
   ```

   In Azure every secret is a Key Vault reference such as
   `@Microsoft.KeyVault(SecretUri=https://kv-fernweh-prod.vault.azure.net/secrets/Stripe--SecretKey/)`.  ⟦D readme-kvref⟧
4. `dotnet run --project src/Fernweh.Api` → https://localhost:7141/swagger

More in the wiki: `docs/wiki/onboarding.md`, `docs/wiki/local-dev.md`, `docs/wiki/runbook-gds.md`.
