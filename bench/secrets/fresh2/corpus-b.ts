/**
 * The second fresh repository, part B: Ledgerly's operations side. Ansible, Docker, Kubernetes (with SOPS and
 * sealed secrets), CircleCI (removed later), Bitbucket Pipelines, a Jenkinsfile, Azure Pipelines, a Serverless
 * Slack bot, the React Native and Electron apps, crontabs and shell scripts, SQL migrations, runbooks, a support
 * HAR file and a production log excerpt, dotfiles of the ops laptop copied into the repository by mistake.
 * Same template syntax as corpus-a.ts.
 */

// ---- Ansible -----------------------------------------------------------------------------------------------------

export const INVENTORY = `[db]
db1.ledgerly.internal ansible_host=10.20.3.11 ansible_user=deploy ansible_ssh_pass=«pwh#ansible-ssh» ⟦S inventory-ssh-pass⟧
db2.ledgerly.internal ansible_host=10.20.3.12 ansible_user=deploy

[db:vars]
ansible_become_pass=«pwr#ansible-become» ⟦S inventory-become-pass⟧
ansible_python_interpreter=/usr/bin/python3

[web]
web[1:4].ledgerly.internal ansible_user=deploy ansible_ssh_private_key_file=~/.ssh/ledgerly_deploy ⟦D inventory-keyfile⟧
`;

export const GROUP_VARS_ALL = `postgres_version: 16
postgres_replication_user: replicator
postgres_replication_password: "«pwr#pg-replication»" ⟦S groupvars-replication⟧
postgres_app_password: "{{ vault_postgres_app_password }}" ⟦D groupvars-vault-ref⟧
newrelic_license_key: "«nrlicense#ansible»" ⟦S groupvars-newrelic⟧
nginx_basic_auth: "ops:$apr1$«alnum:8#apr-salt»$«alnum:22#apr-hash»" ⟦D groupvars-apr1⟧
backup_encryption_key: !vault | ⟦D groupvars-vault-header⟧
  $ANSIBLE_VAULT;1.1;AES256 ⟦D groupvars-vault-magic⟧
  «hex:80#vault-1» ⟦D groupvars-vault-1⟧
  «hex:80#vault-2» ⟦D groupvars-vault-2⟧
  «hex:80#vault-3» ⟦D groupvars-vault-3⟧
  «hex:42#vault-4» ⟦D groupvars-vault-4⟧
`;

export const PGPASS_J2 = `{{ pg_host }}:5432:*:{{ pg_user }}:{{ pg_password }} ⟦D pgpass-j2⟧
`;

// ---- dotfiles copied in by mistake --------------------------------------------------------------------------------

export const PGPASS = `ledgerly-prod.c8v3kqzr1mpl.eu-central-1.rds.amazonaws.com:5432:*:ledgerly_admin:«pwr#pgpass-admin» ⟦S pgpass-admin⟧
localhost:5432:*:postgres:postgres ⟦D pgpass-local⟧
`;

export const GIT_CREDENTIALS = `https://ledgerly-deploy:«ghp#git-creds»@github.com ⟦S gitcreds-ghp⟧
`;

export const AWS_CREDENTIALS = `[default]
region = eu-central-1

[ledgerly-prod]
aws_access_key_id = «akia#ops-laptop» ⟦S awscreds-akia⟧
aws_secret_access_key = «awssecret#ops-laptop» ⟦S awscreds-secret⟧

[ledgerly-sso]
sso_start_url = https://ledgerly.awsapps.com/start
sso_account_id = «digits:12#aws-acct» ⟦D awscreds-account⟧
`;

export const GEM_CREDENTIALS = `---
:rubygems_api_key: «rubygems#gem-push» ⟦S gemcreds-key⟧
`;

export const DOCKER_CONFIG = `{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "«dockerauth_dckr:ledgerlyci#hub»" ⟦S dockercfg-auth⟧
    },
    "ghcr.io": {}
  },
  "credsStore": "desktop" ⟦D dockercfg-store⟧
}
`;

export const AGE_KEY = `# created: 2024-02-20T10:11:12Z
# public key: «age_pub#sops-ops» ⟦D agekey-pub⟧
«age#sops-ops» ⟦S agekey-secret⟧
`;

export const SOPS_YAML = `creation_rules:
  - path_regex: k8s/secrets/.*\\.enc\\.yaml$
    age: «age_pub#sops-ops» ⟦D sopsyaml-recipient⟧
`;

// ---- Docker ------------------------------------------------------------------------------------------------------

export const DOCKERFILE_V1 = `FROM ruby:3.3.0-slim AS base
ARG BUNDLE_WITHOUT="development test"
ARG NPM_TOKEN ⟦D dockerfile-arg⟧
ENV NODE_SHA256=«hex:64#node-tarball» ⟦D dockerfile-node-sha⟧
ENV RAILS_ENV=production
ENV RAILS_MASTER_KEY=«hex:32#docker-master» ⟦S dockerfile-master-key⟧
RUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc ⟦D dockerfile-npmrc-ref⟧
COPY . /rails
RUN bundle exec rails assets:precompile
`;

export const DOCKERFILE_V2 = DOCKERFILE_V1.replace(
  'ENV RAILS_MASTER_KEY=«hex:32#docker-master» ⟦S dockerfile-master-key⟧\n',
  'RUN --mount=type=secret,id=rails_master_key RAILS_MASTER_KEY=$(cat /run/secrets/rails_master_key) true ⟦D dockerfile-mount⟧\n',
);

export const COMPOSE = `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres ⟦D compose-pg-default⟧
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "\${REDIS_PASSWORD:?set REDIS_PASSWORD}"] ⟦D compose-redis-ref⟧
  mysql:
    image: mysql:8
    environment:
      MYSQL_ROOT_PASSWORD: root ⟦D compose-mysql-root⟧
`;

export const COMPOSE_STAGING = `services:
  web:
    image: registry.ledgerly.io/app:staging
    environment:
      SIDEKIQ_WEB_PASSWORD: «pwh#staging-sidekiq» ⟦S compose-staging-sidekiq⟧
      SENTRY_DSN: https://«hex:32#sentry-dsn»@o«digits:6#sentry-org».ingest.de.sentry.io/«digits:7#sentry-proj» ⟦D compose-staging-dsn⟧
      DD_API_KEY: «hex:32#dd-staging» ⟦S compose-staging-dd⟧
      TENANT_ID: «uuid#staging-tenant» ⟦D compose-staging-tenant⟧
`;

// ---- Kubernetes --------------------------------------------------------------------------------------------------

export const K8S_SECRET = `apiVersion: v1
kind: Secret
metadata:
  name: ledgerly-web
  namespace: production
type: Opaque
stringData:
  DATABASE_URL: postgres://ledgerly_app:«pwu#k8s-db»@ledgerly-prod.c8v3kqzr1mpl.eu-central-1.rds.amazonaws.com/ledgerly_production ⟦S k8s-stringdata-dburl⟧
  STRIPE_SECRET_KEY: «rk_live#k8s» ⟦S k8s-stringdata-rk⟧
data:
  RAILS_MASTER_KEY: «b64any:hex:32#k8s-master» ⟦S k8s-data-master⟧
  SLACK_APP_TOKEN: «b64any:xapp#k8s» ⟦S k8s-data-xapp⟧
  DB_HOST: «b64text:ledgerly-prod.c8v3kqzr1mpl.eu-central-1.rds.amazonaws.com» ⟦D k8s-data-host⟧
  DB_USER: «b64text:ledgerly_app» ⟦D k8s-data-user⟧
`;

export const K8S_CONFIGMAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: ledgerly-web
data:
  ALGOLIA_APP_ID: «upper:10#algolia-app» ⟦D cm-algolia-id⟧
  STRIPE_PUBLISHABLE_KEY: «pk_live#cm» ⟦D cm-pk⟧
  PASSWORD_MIN_LENGTH: "12" ⟦D cm-pwlen⟧
  FEATURE_FLAGS: «b64text:{"dunning_v2":true,"sepa":false}» ⟦D cm-b64-flags⟧
  OAUTH_GOOGLE_CLIENT_ID: «digits:12#gcid»-«lower:32#gcid».apps.googleusercontent.com ⟦D cm-google-client-id⟧
`;

export const K8S_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shopify-sync
spec:
  template:
    spec:
      containers:
        - name: sync
          image: registry.ledgerly.io/shopify-sync@sha256:«hex:64#sync-digest» ⟦D deploy-digest⟧
          env:
            - name: SHOPIFY_API_SECRET
              value: «shpss#k8s» ⟦S deploy-shpss⟧
            - name: SHOPIFY_ADMIN_TOKEN
              value: «shpat#k8s» ⟦S deploy-shpat⟧
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: { name: ledgerly-web, key: DATABASE_PASSWORD } ⟦D deploy-secretkeyref⟧
            - name: REQUEST_ID_HEADER
              value: X-Request-Id
`;

export const K8S_SOPS = `apiVersion: v1
kind: Secret
metadata:
  name: ledgerly-gateway
stringData:
  JWT_SECRET: ENC[AES256_GCM,data:«b64:48#sops-1»,iv:«b64:32#sops-iv1»,tag:«b64:16#sops-tag1»,type:str] ⟦D sops-jwt⟧
  OPENAI_API_KEY: ENC[AES256_GCM,data:«b64:120#sops-2»,iv:«b64:32#sops-iv2»,tag:«b64:16#sops-tag2»,type:str] ⟦D sops-openai⟧
sops:
  age:
    - recipient: «age_pub#sops-ops» ⟦D sops-recipient⟧
  lastmodified: "2024-02-21T09:00:00Z"
  mac: ENC[AES256_GCM,data:«b64:64#sops-mac»,iv:«b64:32#sops-iv3»,tag:«b64:16#sops-tag3»,type:str] ⟦D sops-mac⟧
  version: 3.8.1
`;

export const K8S_SEALED = `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: erp-connector
spec:
  encryptedData:
    SAP_PASSWORD: Ag«b64:360#sealed-sap» ⟦D sealed-sap⟧
    DATEV_CLIENT_SECRET: Ag«b64:360#sealed-datev» ⟦D sealed-datev⟧
`;

// ---- CI ----------------------------------------------------------------------------------------------------------

export const CIRCLECI = `version: 2.1
orbs:
  heroku: circleci/heroku@2.0.0
jobs:
  deploy-review-app:
    docker:
      - image: cimg/ruby:3.3
    environment:
      HEROKU_APP_NAME: ledgerly-review
      HEROKU_API_KEY: «heroku#circle» ⟦S circle-heroku⟧
    steps:
      - checkout
      - run: curl -s -H "Circle-Token: «circleci#circle»" https://circleci.com/api/v2/me ⟦S circle-token⟧
      - heroku/deploy-via-git
`;

export const BITBUCKET_PIPELINES = `image: ruby:3.3
pipelines:
  branches:
    main:
      - step:
          name: Publish image
          script:
            - docker login -u ledgerlyci -p $DOCKERHUB_TOKEN ⟦D bb-docker-var⟧
            - docker push ledgerly/app:$BITBUCKET_COMMIT
      - step:
          name: Tag release in Jira
          script:
            - curl -u "release-bot@ledgerly.io:«atlassian#jira-bot»" -X POST https://ledgerly.atlassian.net/rest/api/3/version ⟦S bb-jira-curl⟧
            - curl -u "ledgerly-ci:«bitbucket#bb-app»" https://api.bitbucket.org/2.0/repositories/ledgerly/app/refs/tags ⟦S bb-app-password⟧
`;

export const JENKINSFILE = `pipeline {
  agent any
  environment {
    ARTIFACTORY = credentials('artifactory-ci') ⟦D jenkins-credentials⟧
  }
  stages {
    stage('Deploy legacy ERP box') {
      steps {
        sh "sshpass -p '«pwh#erp-box»' scp build/erp-connector.zip admin@erp01.ledgerly.internal:/opt/erp/" ⟦S jenkins-sshpass⟧
        withCredentials([string(credentialsId: 'sap-rfc', variable: 'SAP_PASSWORD')]) { ⟦D jenkins-withcreds⟧
          sh './scripts/sap-smoke.sh'
        }
      }
    }
  }
}
`;

export const AZURE_PIPELINES = `trigger: [main]
pool: { vmImage: windows-latest }
variables:
  BuildConfiguration: Release
  FEED_PAT: «azdo_pat#azp-feed» ⟦S azp-feed-pat⟧
  SYSTEM_ACCESSTOKEN: $(System.AccessToken) ⟦D azp-system-token⟧
steps:
  - task: DotNetCoreCLI@2
    inputs: { command: restore, feedsToUse: config, nugetConfigPath: erp-connector/NuGet.config }
  - script: dotnet nuget push **/*.nupkg --api-key $(NUGET_API_KEY) --source nuget.org ⟦D azp-nuget-var⟧
`;

export const GITHUB_RELEASE = `name: release
on: { push: { tags: ['v*'] } }
jobs:
  desktop:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@«hex:40#checkout-sha» ⟦D gha-pinned-sha⟧
      - run: npm ci && npm run make
        env:
          GH_TOKEN: \${{ secrets.GITHUB_TOKEN }} ⟦D gha-secret-ref⟧
          APPLE_APP_SPECIFIC_PASSWORD: \${{ secrets.APPLE_ASP }} ⟦D gha-asp-ref⟧
          PULUMI_ACCESS_TOKEN: «pulumi#gha» ⟦S gha-pulumi⟧
`;

// ---- Serverless Slack bot -------------------------------------------------------------------------------------------

export const SERVERLESS_YML = `service: ledgerly-slackbot
provider:
  name: aws
  runtime: nodejs20.x
  environment:
    SLACK_BOT_TOKEN: \${ssm:/ledgerly/slack/bot-token} ⟦D sls-ssm⟧
    SLACK_SIGNING_SECRET: «hex:32#slack-signing» ⟦S sls-signing⟧
    TWILIO_ACCOUNT_SID: «twilio_sid#bot» ⟦D sls-twilio-sid⟧
    TWILIO_AUTH_TOKEN: «hex:32#twilio-auth» ⟦S sls-twilio-auth⟧
    TWILIO_API_SECRET: «alnum:32#twilio-api-secret» ⟦S sls-twilio-api-secret⟧
functions:
  events:
    handler: src/handler.events
`;

export const SLACKBOT_HANDLER = `import { App } from '@slack/bolt';

const app = new App({
  token: process.env.SLACK_BOT_TOKEN, ⟦D slackbot-env⟧
  signingSecret: process.env.SLACK_SIGNING_SECRET!,
});

// fallback bot for the status channel, added during the March outage
export const statusBot = new App({ token: '«xoxb#status»', signingSecret: '«hex:32#status-signing»' }); ⟦S slackbot-xoxb⟧
`;

export const DISCORD_BOT = `import { Client, GatewayIntentBits } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds] });
client.login('«discord_bot#community»'); ⟦S discord-bot-token⟧
export const COMMUNITY_GUILD_ID = '1«digits:18#guild»'; ⟦D discord-guild-id⟧
`;

// ---- React Native app ----------------------------------------------------------------------------------------------

export const RN_APP_CONFIG = `export default {
  expo: {
    name: 'Ledgerly',
    slug: 'ledgerly',
    extra: {
      sentryDsn: 'https://«hex:32#rn-dsn»@o«digits:6#sentry-org».ingest.de.sentry.io/«digits:7#rn-proj»', ⟦D rn-sentry-dsn⟧
      revenueCatIosKey: 'appl_«alnum:27#rc-ios»', ⟦D rn-revenuecat⟧
      datadogClientToken: '«dd_pub#rn»', ⟦D rn-dd-client⟧
      eas: { projectId: '«uuid#eas-project»' }, ⟦D rn-eas-id⟧
    },
  },
};
`;

export const RN_FIREBASE = `import { initializeApp } from 'firebase/app';

export const firebaseApp = initializeApp({
  apiKey: '«aiza#rn-web»', ⟦D rn-firebase-apikey⟧
  authDomain: 'ledgerly-mobile.firebaseapp.com',
  projectId: 'ledgerly-mobile',
  storageBucket: 'ledgerly-mobile.appspot.com',
  messagingSenderId: '«digits:12#fcm-sender»', ⟦D rn-firebase-sender⟧
  appId: '1:«digits:12#fcm-sender»:web:«hex:22#fcm-app»', ⟦D rn-firebase-appid⟧
});
`;

export const RN_RECEIPTS = `// Receipt uploads go straight to Airtable for the bookkeeping pilot (replace with the API before GA)
const AIRTABLE_TOKEN = '«airtable#rn»'; ⟦S rn-airtable⟧
const BASE = 'app«alnum:14#airtable-base»'; ⟦D rn-airtable-base⟧

export async function uploadReceipt(fields: Record<string, unknown>) {
  return fetch(\`https://api.airtable.com/v0/\${BASE}/Receipts\`, {
    method: 'POST',
    headers: { Authorization: \`Bearer \${AIRTABLE_TOKEN}\`, 'Content-Type': 'application/json' }, ⟦D rn-airtable-header-var⟧
    body: JSON.stringify({ fields }),
  });
}
`;

export const RN_MAPBOX = `export const MAPBOX_PUBLIC_TOKEN = 'pk.«b64text:{"u":"ledgerly","a":"clx9m2kq"}».«b64url:22#mapbox-pk»'; ⟦D rn-mapbox-pk⟧
`;

export const ANDROID_GRADLE_PROPS = `org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
LEDGERLY_UPLOAD_STORE_FILE=ledgerly-upload.jks
LEDGERLY_UPLOAD_KEY_ALIAS=upload
LEDGERLY_UPLOAD_STORE_PASSWORD=«storepw#upload-store» ⟦S gradle-store-pw⟧
LEDGERLY_UPLOAD_KEY_PASSWORD=«storepw#upload-key» ⟦S gradle-key-pw⟧
`;

export const KEYSTORE_PROPS_EXAMPLE = `storePassword=<from 1Password: "Android upload keystore"> ⟦D keystore-example-store⟧
keyPassword=<same as above> ⟦D keystore-example-key⟧
keyAlias=upload
storeFile=../ledgerly-upload.jks
`;

// ---- Electron desktop app ------------------------------------------------------------------------------------------

export const ELECTRON_NPMRC = `@ledgerly:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«ghp#electron-npmrc» ⟦S electron-npmrc⟧
//registry.npmjs.org/:_authToken=\${NPM_TOKEN} ⟦D electron-npmrc-ref⟧
`;

export const FORGE_CONFIG = `module.exports = {
  packagerConfig: {
    osxSign: {},
    osxNotarize: {
      appleId: 'release@ledgerly.io',
      appleIdPassword: '«lower:4#asp1»-«lower:4#asp2»-«lower:4#asp3»-«lower:4#asp4»', ⟦S forge-asp⟧
      teamId: '«upper:10#apple-team»', ⟦D forge-team-id⟧
    },
  },
  publishers: [{ name: '@electron-forge/publisher-github', config: { repository: { owner: 'ledgerly', name: 'desktop' } } }],
};
`;

export const FORGE_CONFIG_KEYCHAIN = `module.exports = {
  packagerConfig: {
    osxNotarize: { appleId: 'release@ledgerly.io', appleIdPassword: '@keychain:AC_PASSWORD', teamId: process.env.APPLE_TEAM_ID }, ⟦D forge-keychain⟧
  },
};
`;

export const ELECTRON_INDEX_HTML = `<!doctype html>
<html>
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'nonce-«b64:16#csp-nonce»'" /> ⟦D html-nonce⟧
    <script src="https://cdn.jsdelivr.net/npm/chart.js@4.4.1/dist/chart.umd.min.js" integrity="sha384-«b64:48#sri-chart»" crossorigin="anonymous"></script> ⟦D html-sri⟧
  </head>
  <body><div id="root"></div></body>
</html>
`;

// ---- spike branch (never merged) ------------------------------------------------------------------------------------

export const SPIKE_AUTOUPDATE = `// Spike: self-hosted update feed on our own bucket instead of GitHub releases
import { autoUpdater } from 'electron-updater';

autoUpdater.setFeedURL({ provider: 'github', owner: 'ledgerly', repo: 'desktop-releases', private: true, token: '«fgpat#spike-updater»' }); ⟦S spike-fgpat⟧
autoUpdater.requestHeaders = { 'X-Dropbox-Token': '«dropbox#spike»' }; ⟦S spike-dropbox⟧
`;

export const SPIKE_DEPLOY_KEY = `«openssh_ed:updates@ledgerly#spike-deploy» ⟦S spike-deploy-key⟧
`;

export const AUTHORIZED_KEYS = `«ssh_ed_pub:openssh_ed:updates@ledgerly#spike-deploy» updates@ledgerly ⟦D authkeys-pub⟧
«ssh_ed_pub:openssh_ed:jonas@laptop#jonas» jonas@laptop ⟦D authkeys-pub-2⟧
`;

export const ERP_CLIENT_KEY = `«pem_rsa8#erp-client» ⟦S erp-client-key⟧
`;

export const SENTRY_RELEASE_SH = `#!/usr/bin/env bash
set -euo pipefail
export SENTRY_ORG=ledgerly
export SENTRY_AUTH_TOKEN=«sntrys#release» ⟦S sentry-release-token⟧
sentry-cli releases new "$VERSION" && sentry-cli releases finalize "$VERSION"
`;

export const NEWRELIC_DEPLOY_SH = `#!/usr/bin/env bash
# records a deployment marker; APP_GUID is the entity guid, not a secret
curl -fsS https://api.eu.newrelic.com/graphql -H 'Content-Type: application/json' \\
  -H 'API-Key: «nrak#deploy»' \\ ⟦S newrelic-api-key⟧
  -d @"$(dirname "$0")/deployment-marker.json"
`;

// ---- shell, cron, SQL ------------------------------------------------------------------------------------------------

export const CRONTAB = `# m h dom mon dow command  (installed on ops1 by ansible/roles/cron)
MAILTO=ops@ledgerly.io
15 2 * * * PGPASSWORD='«pwr#cron-pgdump»' pg_dump -h ledgerly-prod.c8v3kqzr1mpl.eu-central-1.rds.amazonaws.com -U ledgerly_admin ledgerly_production | gzip > /backups/ledgerly.sql.gz ⟦S cron-pgpassword⟧
*/5 * * * * redis-cli -h jobs.internal -a '«pwh#cron-redis»' ping > /dev/null || /opt/ops/page.sh redis ⟦S cron-redis-a⟧
30 6 * * 1 mysql -u portal_report -p'«pwr#cron-mysql»' -h portal-db.internal.ledgerly.io portal < /opt/ops/weekly.sql ⟦S cron-mysql-p⟧
0 7 * * * curl -fsS -u admin:«pwh#cron-curl» https://status.ledgerly.io/api/heartbeat ⟦S cron-curl-u⟧
0 * * * * /opt/ops/rotate-logs.sh --keep 14 --password-file /etc/ops/logs.pass ⟦D cron-password-file⟧
`;

export const PUBLISH_SH = `#!/usr/bin/env bash
set -euo pipefail
docker login -u ledgerlyci -p «dckr#publish» ⟦S publish-docker-login⟧
echo "$GHCR_TOKEN" | docker login ghcr.io -u ledgerly-bot --password-stdin ⟦D publish-stdin⟧
export SUPABASE_ACCESS_TOKEN=«sbp#publish» ⟦S publish-sbp⟧
export DOPPLER_TOKEN="\${DOPPLER_TOKEN:?run: doppler configure}" ⟦D publish-doppler-required⟧
npx supabase db push --project-ref «lower:20#sb-ref» ⟦D publish-project-ref⟧
`;

export const SAP_SMOKE_SH = `#!/bin/sh
# usage: SAP_PASSWORD=... ./scripts/sap-smoke.sh
curl -fsS -u "RFC_LEDGERLY:$SAP_PASSWORD" https://sap.ledgerly.internal/sap/opu/odata/sap/API_BUSINESS_PARTNER/$metadata ⟦D sapsmoke-var⟧
`;

export const VAULT_SH = `#!/usr/bin/env bash
export VAULT_ADDR=https://vault.ledgerly.internal:8200
export VAULT_TOKEN=«hvs_long#ops» ⟦S vault-token⟧
vault kv get -field=password secret/erp/sap
`;

export const MIGRATION_REPORTING = `-- 2024_03_04_120000_create_reporting_users.sql
CREATE USER 'metabase'@'%' IDENTIFIED BY '«pwr#mysql-metabase»'; ⟦S mig-metabase⟧
GRANT SELECT ON portal.* TO 'metabase'@'%';
CREATE USER 'backup'@'localhost' IDENTIFIED WITH caching_sha2_password BY '«pwh#mysql-backup»'; ⟦S mig-backup⟧
`;

export const MIGRATION_PG_ROLE = `-- run with: psql -v app_password="$APP_DB_PASSWORD" -f 0042_app_role.sql
CREATE ROLE ledgerly_app LOGIN PASSWORD :'app_password'; ⟦D mig-psql-var⟧
ALTER ROLE ledgerly_readonly WITH LOGIN PASSWORD '«pwu#pg-readonly»'; ⟦S mig-pg-readonly⟧
COMMENT ON ROLE ledgerly_app IS 'password rotated by ops every 90 days'; ⟦D mig-comment⟧
`;

export const SEED_SQL = `INSERT INTO users (email, encrypted_password, role) VALUES
  ('demo@ledgerly.io', '$2b$12$«bcrypt#seed-demo»', 'admin'), ⟦D seed-bcrypt⟧
  ('viewer@ledgerly.io', '$2b$12$«bcrypt#seed-viewer»', 'viewer'); ⟦D seed-bcrypt-2⟧
INSERT INTO api_clients (name, client_id) VALUES ('zapier', '«uuid#zapier-client»'); ⟦D seed-client-id⟧
`;

// ---- Maven / Gradle ----------------------------------------------------------------------------------------------

export const MAVEN_SETTINGS = `<settings>
  <servers>
    <server>
      <id>ledgerly-artifactory</id>
      <username>ci-tax-engine</username>
      <password>«jfrog#maven»</password> ⟦S maven-jfrog⟧
    </server>
    <server>
      <id>ossrh</id>
      <username>ledgerly</username>
      <password>{«b64:24#maven-enc»}</password> ⟦D maven-encrypted⟧
    </server>
    <server>
      <id>github</id>
      <password>\${env.GITHUB_TOKEN}</password> ⟦D maven-env⟧
    </server>
  </servers>
</settings>
`;

// ---- docs ----------------------------------------------------------------------------------------------------------

export const RUNBOOK_DB = `# Runbook: production database

## Connecting in an emergency

Use the bastion. If the bastion is down, the break-glass connection string is:

\`\`\`sh
psql "postgresql://ledgerly_admin:«pwu#breakglass»@ledgerly-prod.c8v3kqzr1mpl.eu-central-1.rds.amazonaws.com:5432/ledgerly_production?sslmode=require" ⟦S runbook-breakglass⟧
\`\`\`

For read-only queries use \`psql "postgresql://readonly:<password>@replica.internal/ledgerly_production"\`. ⟦D runbook-angle-pw⟧

## Doppler

\`\`\`sh
export DOPPLER_TOKEN=dp.st.prd.<service-token> ⟦D runbook-doppler-placeholder⟧
export DOPPLER_TOKEN=«doppler:prd#runbook» ⟦S runbook-doppler⟧
\`\`\`
`;

export const RUNBOOK_AWS = `# Runbook: AWS access

Never create long-lived keys. The AWS documentation's example pair looks like this and is **not** ours:

\`\`\`ini
aws_access_key_id = AKIAIOSFODNN7EXAMPLE ⟦D runbook-aws-doc⟧
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY ⟦D runbook-aws-doc-secret⟧
\`\`\`

Credentials the on-call used during the incident on 2024-03-12 (from \`aws sts assume-role\`):

\`\`\`json
{ "AccessKeyId": "«asia#incident»", "SecretAccessKey": "«awssecret#incident»", "Expiration": "2024-03-12T11:00:00Z" } ⟦S runbook-asia⟧
\`\`\`
`;

export const DOCS_API_AUTH = `# API authentication

Create a key under *Settings → API*. Keys look like \`lk_live_\` followed by 32 characters, for example
\`lk_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\`. ⟦D docs-lk-x⟧

\`\`\`http
GET /v2/invoices HTTP/1.1
Host: api.ledgerly.io
Authorization: Bearer {{api_key}} ⟦D docs-mustache⟧
\`\`\`

Webhook payloads are signed: \`Ledgerly-Signature: t=1712345678,v1=«hex:64#docs-sig»\` (an example of the header shape). ⟦D docs-sig-example⟧

Sample JWT (from jwt.io, decoded on the page): \`eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\` ⟦D docs-jwtio⟧
`;

export const DOCS_INTEGRATIONS = `# Integrations setup notes

| Integration | Where the secret lives | Notes |
|---|---|---|
| Linear | Doppler \`LINEAR_API_KEY\` | personal key of the support lead | ⟦D docs-table-ref⟧
| Notion | Doppler \`NOTION_TOKEN\` | internal integration "Ledgerly docs sync" |
| Grafana Cloud | Doppler \`GRAFANA_CLOUD_TOKEN\` | logs write only |

While setting up the Linear sync I tested with \`LINEAR_API_KEY=«linear#docs»\` (my own key, rotate me). ⟦S docs-linear⟧

Notion sync config that worked:

\`\`\`yaml
notion:
  token: «notion#docs» ⟦S docs-notion⟧
  database_id: «hex:32#notion-db» ⟦D docs-notion-dbid⟧
\`\`\`

Grafana Cloud logs push: \`curl -u «digits:6#grafana-user»:«glc#docs» https://logs-prod-eu-west-0.grafana.net/loki/api/v1/push\` ⟦S docs-grafana⟧
`;

export const CHANGELOG = `# Changelog

## 2.14.0 (2024-04-22)
- Dunning v2: reminders follow the customer's payment terms («hex:40#sha-dunning») ⟦D changelog-sha-1⟧
- Portal: SEPA mandates through GoCardless («hex:40#sha-sepa») ⟦D changelog-sha-2⟧
- Removed committed credential files and rotated every key in them; see SECURITY.md. ⟦D changelog-words⟧
`;

// ---- support material --------------------------------------------------------------------------------------------

export const HAR = `{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "124.0" },
    "entries": [
      {
        "startedDateTime": "2024-04-03T09:12:44.120Z",
        "request": {
          "method": "GET",
          "url": "https://app.ledgerly.io/api/internal/invoices?status=overdue",
          "headers": [
            { "name": "Authorization", "value": "Basic «basicr:finance-admin@kundenwerk.de#har»" }, ⟦S har-basic⟧
            { "name": "Cookie", "value": "_ledgerly_session=«b64url:180#har-session»" }, ⟦S har-cookie⟧
            { "name": "X-Request-Id", "value": "«uuid#har-req»" } ⟦D har-request-id⟧
          ]
        },
        "response": {
          "status": 200,
          "headers": [
            { "name": "ETag", "value": "W/\\"«hex:32#har-etag»\\"" }, ⟦D har-etag⟧
            { "name": "Set-Cookie", "value": "__cf_bm=deleted; Max-Age=0; Path=/; Secure" } ⟦D har-cf-deleted⟧
          ]
        }
      }
    ]
  }
}
`;

export const PROD_LOG = `I, [2024-04-03T09:12:44.123 #4121]  INFO -- : Started POST "/api/v2/payments" for 91.64.12.7 at 2024-04-03 09:12:44 +0000
I, [2024-04-03T09:12:44.125 #4121]  INFO -- : Parameters: {"invoice_id"=>"inv_2931", "password"=>"[FILTERED]", "token"=>"[FILTERED]"} ⟦D log-filtered⟧
W, [2024-04-03T09:12:44.300 #4121]  WARN -- : Outbound call failed: POST https://api.easypost.com/v2/shipments headers={"Authorization"=>"Bearer «easypost#log»"} ⟦S log-easypost⟧
I, [2024-04-03T09:12:44.301 #4121]  INFO -- : Completed 502 Bad Gateway in 178ms (request_id=«uuid#log-req») ⟦D log-request-id⟧
`;
