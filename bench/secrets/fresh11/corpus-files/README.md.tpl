# Fernweh Reisen – Agenturportal

B2B portal for our partner travel agencies: package search (Amadeus flights + Hotelbeds beds), option bookings,
commission statements and voucher download. .NET 8, SQL Server, hosted on Azure App Service (West Europe).

## Solution layout

| Project | What |
| --- | --- |
| `src/Fernweh.Api` | ASP.NET Core Web API used by the Blazor front end and the agent app |
| `src/Fernweh.Gds` | GDS / bed bank clients (Amadeus, Hotelbeds, later Sabre) |
| `db/migrations` | SQL scripts, applied in order by the pipeline (DbUp) |

## Getting started

1. Install the .NET 8 SDK (see `global.json`) and SQL Server 2022 Developer or the docker image.
2. `dotnet restore` – the internal feed needs a PAT, see `NuGet.config`.
3. Create the database: `sqlcmd -S localhost -E -i db/migrations/V001__initial_schema.sql`
4. `dotnet run --project src/Fernweh.Api` → https://localhost:7141/swagger

Ask Katrin for access to the Amadeus self-service workspace.
