/**
 * The history of the eleventh fresh repository ("Fernweh Reisen", a tour operator's B2B travel-agent portal on .NET 8).
 * About a quarter of the planted secrets live only in history: a `dotnet user-secrets` secrets.json copied into the
 * repo and removed, appsettings files whose literals were replaced by Key Vault references, an ARM parameters file
 * and a pipeline whose passwords moved to a variable group, Functions local settings removed once git-ignored, an
 * unmerged Sabre branch, and one password that only ever appeared in a commit message.
 *
 * Templates live as plain text in bench/secrets/fresh11/corpus-files/<repo path>[@vN].tpl (read at run time):
 * «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧ line labels. Commit messages use the same syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'katrin' | 'tobias' | 'aylin' };

export const AUTHORS = {
  katrin: { name: 'Katrin Vogel', email: 'katrin.vogel@fernweh-reisen.de' },
  tobias: { name: 'Tobias Brandt', email: 'tobias.brandt@fernweh-reisen.de' },
  aylin: { name: 'Aylin Demir', email: 'aylin.demir@fernweh-reisen.de' },
} as const;

const { files, tpl } = corpusFiles('fresh11');

export const STEPS: Step[] = [
  {
    message: 'Initial solution: API skeleton, SQL schema and logins, internal NuGet feed',
    date: '2024-01-15T08:42:00+01:00',
    author: 'katrin',
    write: {
      ...files('README.md', '.gitignore', 'global.json', 'Directory.Build.props', 'NuGet.config'),
      ...files('src/Fernweh.Api/Fernweh.Api.csproj', 'src/Fernweh.Api/Program.cs', 'src/Fernweh.Api/appsettings.json', 'src/Fernweh.Api/appsettings.Development.json'),
      ...files('src/Fernweh.Api/secrets.json', 'src/Fernweh.Api/packages.lock.json', 'src/Fernweh.Api/Data/DesignTimePortalContextFactory.cs', 'db/migrations/V001__initial_schema.sql', 'db/migrations/V002__logins_and_roles.sql'),
    },
  },
  {
    message: 'Amadeus token client, Hotelbeds signature handler, .http scratch file for the sandboxes',
    date: '2024-01-29T16:05:00+01:00',
    author: 'tobias',
    write: files(
      'src/Fernweh.Gds/Amadeus/AmadeusTokenClient.cs',
      'src/Fernweh.Gds/Hotelbeds/HotelbedsSignatureHandler.cs',
      'tests/Fernweh.Gds.Tests/HotelbedsSignatureHandlerTests.cs',
      'src/Fernweh.Api/http/gds-sandbox.http',
      'logs/hotelbeds-sandbox-2024-01-26.log',
    ),
  },
  {
    message: 'Payments: Stripe + PayPal deposit, SendGrid mails, Blazor shell with change-password page',
    date: '2024-02-12T11:20:00+01:00',
    author: 'katrin',
    write: files(
      'src/Fernweh.Api/appsettings.Production.json',
      'src/Fernweh.Payments/PayPalCheckoutClient.cs',
      'src/Fernweh.Web/wwwroot/index.html',
      'src/Fernweh.Web/wwwroot/appsettings.json',
      'src/Fernweh.Web/Pages/ChangePassword.razor',
      'src/Fernweh.Api/Properties/launchSettings.json',
      'tests/Fernweh.Payments.Tests/appsettings.Test.json',
    ),
  },
  {
    message:
      'Remove secrets.json from the repo\n\nIt was copied from %APPDATA% by accident. The UserSecretsId «guid#usersecrets» in the csproj is only the folder name. ⟦D msg-usersecretsid⟧\nThe Amadeus keys in it were regenerated.',
    date: '2024-02-20T09:02:00+01:00',
    author: 'katrin',
    remove: ['src/Fernweh.Api/secrets.json'],
    write: { '.gitignore': tpl('.gitignore', 'v2') },
  },
  {
    message: 'Azure infrastructure as Bicep, Azure DevOps pipeline, publish profile, deploy scripts',
    date: '2024-03-04T14:47:00+01:00',
    author: 'aylin',
    write: files(
      'infra/main.bicep',
      'infra/modules/functions.bicep',
      'infra/main.parameters.json',
      'infra/test.bicepparam',
      'db/ssdt/FernwehReporting.prod.publish.xml',
      'azure-pipelines.yml',
      'deploy/Deploy-LegacyPortal.ps1',
      'deploy/Bootstrap-Azure.ps1',
      'deploy/app-fernweh-portal-prod.PublishSettings',
      'src/Fernweh.Api/Properties/PublishProfiles/app-fernweh-portal-prod - Web Deploy.pubxml',
    ),
  },
  {
    message: 'Booking sync function (Service Bus -> Cosmos), docker compose for local deps, voucher re-upload script',
    date: '2024-03-18T17:31:00+01:00',
    author: 'tobias',
    write: files(
      'src/Fernweh.Functions/local.settings.json',
      'src/Fernweh.Functions/local.settings.sample.json',
      'src/Fernweh.Functions/BookingSyncFunction.cs',
      'src/Fernweh.Functions/host.json',
      'docker-compose.yml',
      'scripts/Upload-Vouchers.ps1',
    ),
  },
  {
    message: 'Legacy WebForms portal config into the repo, Octopus variable export and release script',
    date: '2024-04-02T10:15:00+02:00',
    author: 'katrin',
    write: files(
      'legacy/AgentPortal/Web.config',
      'legacy/AgentPortal/Web.Release.config',
      'legacy/AgentPortal/Web.Debug.config',
      'legacy/AgentPortal/ApplicationInsights.config',
      'octopus/variables-legacy-agentportal.json',
      'scripts/Create-OctopusRelease.ps1',
    ),
  },
  {
    message: 'Duende IdentityServer for agents, MAUI agent app, auth wiki page',
    date: '2024-04-15T15:58:00+02:00',
    author: 'aylin',
    write: files(
      'src/Fernweh.Identity/Config.cs',
      'src/Fernweh.Identity/appsettings.json',
      'src/Fernweh.Identity/keys/is-signing-key-7A0C6F1D2B9E4E3C8B5A1F0E9D8C7B6A.json',
      'src/Fernweh.Identity/keys/key-3f1b9c2e-6d4a-4f8e-9b0c-2a7d5e1f8c43.xml',
      'src/Fernweh.Agents.Maui/Fernweh.Agents.Maui.csproj',
      'src/Fernweh.Agents.Maui/Constants.cs',
      'src/Fernweh.Agents.Maui/Resources/Strings/AppResources.de.resx',
      'docs/wiki/auth.md',
    ),
  },
  {
    message: 'Teams/Slack notifier for option expiry and failed syncs; onboarding and GDS runbook in the wiki',
    date: '2024-04-29T13:40:00+02:00',
    author: 'tobias',
    write: {
      ...files('src/Fernweh.Notifier/TeamsNotifier.cs', 'src/Fernweh.Notifier/appsettings.json', 'deploy/Send-TeamsMessage.ps1'),
      ...files('docs/wiki/onboarding.md', 'docs/wiki/runbook-gds.md'),
    },
  },
  {
    message:
      'Production secrets via Key Vault references, pipeline reads the variable group\n\nAll values that were in appsettings.Production.json, main.parameters.json and the pipeline are rotated.\nlocal.settings.json is git-ignored now; copy the sample. README and local-dev wiki page updated.',
    date: '2024-05-13T08:55:00+02:00',
    author: 'katrin',
    remove: ['src/Fernweh.Functions/local.settings.json'],
    write: {
      '.gitignore': tpl('.gitignore', 'v3'),
      'README.md': tpl('README.md', 'v2'),
      'src/Fernweh.Api/appsettings.json': tpl('src/Fernweh.Api/appsettings.json', 'v2'),
      'src/Fernweh.Api/appsettings.Production.json': tpl('src/Fernweh.Api/appsettings.Production.json', 'v2'),
      'infra/main.parameters.json': tpl('infra/main.parameters.json', 'v2'),
      'azure-pipelines.yml': tpl('azure-pipelines.yml', 'v2'),
      ...files('docs/wiki/local-dev.md'),
    },
  },
  {
    message: 'Sabre cert environment: token provider (WIP, do not merge yet)',
    date: '2024-05-20T18:12:00+02:00',
    author: 'tobias',
    branch: 'feature/sabre',
    write: files('src/Fernweh.Gds/Sabre/SabreTokenProvider.cs', 'src/Fernweh.Api/appsettings.Sabre.json'),
  },
  {
    message: 'Sabre: options class instead of constants',
    date: '2024-05-22T09:30:00+02:00',
    author: 'tobias',
    branch: 'feature/sabre',
    write: { 'src/Fernweh.Gds/Sabre/SabreTokenProvider.cs': tpl('src/Fernweh.Gds/Sabre/SabreTokenProvider.cs', 'v2') },
  },
  {
    message:
      "Reporting views for the Power BI commission report\n\nfernweh_reporting was locked after the failed rotation; unlocked on prod by hand with\nALTER LOGIN fernweh_reporting WITH PASSWORD = N'«pwr#reporting-tmp»' UNLOCK; ⟦S msg-reporting-password⟧\nPower BI gateway data source updated. Commit «sha1#prev-fix» has the old view definition. ⟦D msg-commitid⟧",
    date: '2024-05-27T19:04:00+02:00',
    author: 'aylin',
    write: files('db/migrations/V003__reporting_views.sql'),
  },
  {
    message: 'Playwright E2E settings, demo seed data and API test fixtures',
    date: '2024-06-03T10:10:00+02:00',
    author: 'katrin',
    write: files('tests/Fernweh.E2E/e2e.runsettings', 'db/seed/demo-agencies.sql', 'tests/Fernweh.Api.Tests/Fixtures/agents.json'),
  },
];
