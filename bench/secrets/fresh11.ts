/**
 * Eleventh fresh-repository bench (issue 14: "a repository that you do not see"): the held-out figure. Not a test: it
 * prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh11.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Fernweh Reisen", a mid-size tour operator's B2B
 * travel-agent portal on .NET 8 built by a Microsoft-shop team: an ASP.NET Core API (appsettings.*.json, a
 * secrets.json of `dotnet user-secrets` copied into the repo once, Key Vault references), Azure Functions
 * (local.settings.json, Service Bus and Cosmos DB), a legacy IIS WebForms site with web.config transforms and a
 * machineKey, Bicep and ARM parameter files, Azure DevOps pipelines, publish profiles, NuGet.config with
 * packageSourceCredentials, GDS and bed-bank integrations (Amadeus, Sabre, Hotelbeds), Stripe, PayPal and SendGrid,
 * Duende IdentityServer, a Blazor front end, a .NET MAUI agent app, PowerShell deployment scripts, SQL migrations, an
 * Octopus Deploy variable export, a Teams/Slack notifier, logs, test fixtures and a docs/ wiki. The templates are in
 * bench/secrets/fresh11/corpus-files/ (plain text, read at run time). It was written by an eleventh author without
 * reading launchready's rules, engine, tests, docs of what the scanner handles, or the earlier corpora's templates,
 * and nobody tunes on it: it is run once at the end, and its misses and false positives are listed only with --list.
 *
 * Labels and scoring are the driver's: `secret` lines must get a fail or warn finding on their file and line
 * (history-only ones at the commit that introduced them), `decoy` lines and unlabelled lines must not. Commit
 * messages carry labels too (file `COMMIT_MSG`). --keep leaves the generated repository (path printed); --build-only
 * builds it and prints the counts without running launchready; --cli runs another build's bin/launchready.js.
 *
 * The builder and scorer are bench/secrets/fresh-driver.ts, shared with the other fresh benches.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh11/gen.js';
import { AUTHORS, STEPS } from './fresh11/steps.js';

runFresh({
  slug: 'fresh11',
  ordinal: 'eleventh',
  identity: { name: 'Fernweh Reisen IT', email: 'it@fernweh-reisen.de' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
