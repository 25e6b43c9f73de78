/**
 * The history of the fourteenth fresh repository ("Pixelforge", a 12-person studio's live-service monorepo for the
 * game Skyraid). About a quarter of the planted secrets live only in history: a staging `server/.env` and a Perforce
 * tickets file committed early and removed, an Android keystore password in the Unity build script moved to the
 * environment, a Jenkins agent secret moved to a file, a Discord bot token moved to the environment, a Nakama console
 * password rotated, a Google Play service account deleted, an unmerged Xsolla branch, and one credential that only
 * ever appeared in a commit message.
 *
 * Templates live as plain text in bench/secrets/fresh14/corpus-files/<repo path>[@vN].tpl (read at run time):
 * «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧ line labels. Commit messages use the same syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'mika' | 'sofia' | 'dev' };

export const AUTHORS = {
  mika: { name: 'Mika Laine', email: 'mika@pixelforge.games' },
  sofia: { name: 'Sofia Ortega', email: 'sofia.ortega@pixelforge.games' },
  dev: { name: 'Dev Patel', email: 'dev.patel@pixelforge.games' },
} as const;

const { files, tpl } = corpusFiles('fresh14');

export const STEPS: Step[] = [
  {
    message: 'skyraid monorepo: unity client (net config, EOS, photon), LFS setup, readme',
    date: '2024-01-08T10:14:00Z',
    author: 'mika',
    write: files(
      'README.md',
      '.gitignore',
      '.gitattributes',
      '.lfsconfig',
      'client/ProjectSettings/ProjectSettings.asset',
      'client/Assets/Scripts/Net/NetConfig.cs',
      'client/Assets/Scripts/Net/NetConfig.cs.meta',
      'client/Assets/StreamingAssets/EpicOnlineServicesConfig.json',
      'client/Assets/Photon/Resources/PhotonServerSettings.asset',
      'client/Packages/packages-lock.json',
    ),
  },
  {
    message: 'nakama: config for staging/prod, TS economy module, legacy lua daily reward, docker compose for local dev',
    date: '2024-01-15T16:42:00Z',
    author: 'sofia',
    write: files(
      'server/nakama/local.yml',
      'server/modules/src/main.ts',
      'server/modules/lua/economy.lua',
      'server/.env',
      'server/db/seed.sql',
      'docker-compose.yml',
    ),
  },
  {
    message: 'jenkins: pipeline, casc, linux agent; perforce workspace config for the windows agent; android build script',
    date: '2024-01-22T09:05:00Z',
    author: 'dev',
    write: files(
      'jenkins/Jenkinsfile',
      'jenkins/casc/jenkins.yaml',
      'jenkins/agent/start-agent.sh',
      'p4/.p4config',
      '.p4tickets',
      'client/Assets/Editor/BuildScript.cs',
    ),
  },
  {
    message: 'fastlane for testflight and play internal track',
    date: '2024-02-02T14:30:00Z',
    author: 'dev',
    write: {
      ...files('fastlane/Appfile', 'fastlane/Fastfile', 'fastlane/Matchfile', 'fastlane/.env.default', 'fastlane/play-store-credentials.json'),
      'fastlane/keys/AuthKey_8XK2Q4RM7P.p8': tpl('fastlane/keys/AuthKey.p8'),
    },
  },
  {
    message: 'go dedicated server on agones: match tickets, helm chart, allocator deployment and secrets',
    date: '2024-02-12T11:20:00Z',
    author: 'sofia',
    write: files(
      'gameserver/cmd/server/main.go',
      'gameserver/internal/auth/token.go',
      'gameserver/internal/auth/token_test.go',
      'gameserver/go.sum',
      'deploy/helm/gameserver/values.yaml',
      'deploy/helm/gameserver/values-prod.yaml',
      'deploy/k8s/match-ticket-secret.yaml',
      'deploy/k8s/allocator-client-cert.yaml',
      'deploy/k8s/matchmaker-deployment.yaml',
    ),
  },
  {
    message: 'web shop + account portal: auth0 login, stripe checkout for gem packs, e2e fixtures',
    date: '2024-02-26T17:55:00Z',
    author: 'mika',
    write: files('web/.env.example', 'web/src/config.ts', 'web/src/auth0.ts', 'web/src/routes/webhooks.ts', 'web/test/fixtures/users.json'),
  },
  {
    message:
      'remove server/.env and .p4tickets, ignore credentials\n\nBoth were committed by accident. Staging DB password and the PlayFab staging key are rotated;\nbuildbot ran `p4 logout -a`. New values are in 1Password (vault "Skyraid ops"). ⟦D msg-rotated⟧',
    date: '2024-03-04T08:40:00Z',
    author: 'sofia',
    remove: ['server/.env', '.p4tickets'],
    write: { '.gitignore': tpl('.gitignore', 'v2') },
  },
  {
    message: 'community: discord bot (/link, /status) and the twitch drops panel backend',
    date: '2024-03-11T19:10:00Z',
    author: 'dev',
    write: files('tools/discord-bot/config.json', 'tools/discord-bot/bot.py', 'twitch-ext/backend/config.js', 'twitch-ext/backend/server.js'),
  },
  {
    message: 'analytics: daily telemetry load into bigquery, kpi dag, steam partner stats',
    date: '2024-03-20T13:25:00Z',
    author: 'mika',
    write: files(
      'analytics/pipeline/load_events.py',
      'analytics/pipeline/bq-service-account.json',
      'analytics/dags/daily_kpis.py',
      'analytics/steam_stats.py',
      'analytics/requirements.txt',
    ),
  },
  {
    message: 'crash reporting (sentry + backtrace symbols), signed cloud saves, addressables build layout; incident log of 27 march',
    date: '2024-03-28T10:00:00Z',
    author: 'dev',
    write: files(
      'client/Assets/Scripts/Crash/CrashReporting.cs',
      'client/Assets/Scripts/Save/SaveSigning.cs',
      'client/Assets/AddressableAssetsData/AddressableAssetSettings.asset.meta',
      'client/ServerData/StandaloneWindows64/catalog_1.3.0.hash',
      'client/ServerData/StandaloneWindows64/buildlayout.txt',
      'tools/symbols/upload_symbols.sh',
      'logs/2024-03-27-matchmaker-incident.log',
    ),
  },
  {
    message: 'wip: xsolla pay station for PC players',
    date: '2024-04-03T15:50:00Z',
    author: 'sofia',
    branch: 'feature/xsolla-paystation',
    write: files('web/src/payments/xsolla.ts', 'web/.env.xsolla'),
  },
  {
    message:
      'secrets cleanup before the 1.4 cert: keystore and agent secret from env/files, bot token from env, rotate nakama console\n\nThe Play service account key is revoked in the Cloud console and the json is gone; the new one lives on the mac mini only.',
    date: '2024-04-10T09:15:00Z',
    author: 'dev',
    remove: ['fastlane/play-store-credentials.json'],
    write: {
      'client/Assets/Editor/BuildScript.cs': tpl('client/Assets/Editor/BuildScript.cs', 'v2'),
      'jenkins/agent/start-agent.sh': tpl('jenkins/agent/start-agent.sh', 'v2'),
      'tools/discord-bot/config.json': tpl('tools/discord-bot/config.json', 'v2'),
      'server/nakama/local.yml': tpl('server/nakama/local.yml', 'v2'),
    },
  },
  {
    message: 'wiki export from the old vps, on-call runbook, 1.4.0 patch notes draft',
    date: '2024-04-16T18:30:00Z',
    author: 'mika',
    write: {
      ...files('wiki/LocalSettings.php', 'wiki/README.md', 'docs/runbook.md', 'docs/patch-notes/1.4.0-draft.md'),
      'README.md': tpl('README.md', 'v2'),
    },
  },
  {
    message:
      'ugs cloud code deploy script, cloud build trigger for nightly pc playtests\n\nugs cli login for the mac mini if the env is missing: key id «uuid#ugs-sa», secret «ugs_secret#mac-mini» ⟦S msg-ugs⟧\nUnity Ads game ids moved to UnityConnectSettings.',
    date: '2024-04-24T11:05:00Z',
    author: 'sofia',
    write: files('tools/ugs/deploy-cloud-code.sh', 'tools/ucb/trigger_build.py', 'client/ProjectSettings/UnityConnectSettings.asset'),
  },
];
