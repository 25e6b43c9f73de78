/**
 * The fresh repository, part 2: infrastructure, CI, scripts, the legacy services, mobile, data and docs.
 * Same template syntax as corpus-1.ts.
 */

export const TF_MAIN = `terraform {
  required_providers {
    aws        = { source = "hashicorp/aws", version = "~> 5.31" }
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.20" }
  }
}

provider "aws" {
  region = "eu-west-1"
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

resource "random_password" "redis" {
  length  = 32
  special = false
}

resource "aws_db_instance" "main" {
  identifier        = "parcelo-prod"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  username          = "parcelo_admin"
  password          = var.db_password ⟦D tf-var-ref⟧
  kms_key_id        = "arn:aws:kms:eu-west-1:«digits:12#aws-acct»:key/«uuid#kms»" ⟦D tf-kms-arn⟧
  storage_encrypted = true
}

resource "aws_elasticache_replication_group" "redis" {
  replication_group_id = "parcelo-prod"
  description          = "queues and cache"
  auth_token           = random_password.redis.result ⟦D tf-random⟧
}

data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "prod/stripe/secret-key" ⟦D tf-sm-secret-id⟧
}
`;

export const TF_VARIABLES = `variable "db_password" {
  type      = string
  sensitive = true
}

variable "aws_account_id" {
  type    = string
  default = "«digits:12#aws-acct»" ⟦D tf-account-id⟧
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
  default   = "«b64url:40#cf-token»" ⟦S tf-cf-default⟧
}
`;

export const TF_AZURE_V1 = `provider "azurerm" {
  features {}
  tenant_id       = "«uuid#azure-tenant»" ⟦D tf-tenant-uuid⟧
  subscription_id = "«uuid#azure-sub»" ⟦D tf-sub-uuid⟧
  client_id       = "«uuid#azure-client»"
  client_secret   = "«azure_secret#sp»" ⟦S tf-azure-client-secret⟧
}

resource "azurerm_storage_account" "reports" {
  name                     = "parceloreports"
  resource_group_name      = "parcelo-reports"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
`;

export const TF_AZURE_V2 = `provider "azurerm" {
  features {}
  tenant_id       = "«uuid#azure-tenant»" ⟦D tf-tenant-uuid⟧
  subscription_id = "«uuid#azure-sub»" ⟦D tf-sub-uuid⟧
  use_oidc        = true
}

resource "azurerm_storage_account" "reports" {
  name                     = "parceloreports"
  resource_group_name      = "parcelo-reports"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
`;

export const TFVARS = `db_password     = "«pwr#tfvars-db»" ⟦S tfvars-db⟧
datadog_api_key = "«hex:32#dd-api»" ⟦S tfvars-dd⟧
datadog_app_key = "«hex:40#dd-app»" ⟦S tfvars-dd-app⟧
environment     = "prod"
`;

export const TF_LOCK = `# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.31.0"
  constraints = "~> 5.31"
  hashes = [
    "h1:«b64:32#tflock-h1»", ⟦D tflock-h1⟧
    "zh:«hex:64#tflock-zh1»", ⟦D tflock-zh⟧
    "zh:«hex:64#tflock-zh2»",
  ]
}
`;

export const TERRAFORMRC = `credentials "app.terraform.io" {
  token = "«tfc#tfc»" ⟦S terraformrc-token⟧
}
`;

export const GCP_SA = `{
  "type": "service_account",
  "project_id": "parcelo-analytics",
  "private_key_id": "«hex:40#gcp-kid»",
  "private_key": "«pem_rsa_json#gcp-sa»", ⟦S gcp-sa-private-key⟧
  "client_email": "bq-export@parcelo-analytics.iam.gserviceaccount.com",
  "client_id": "1«digits:20#gcp-client»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
`;

// ---------------------------------------------------------------- Kubernetes and Helm

export const K8S_SECRET = `apiVersion: v1
kind: Secret
metadata:
  name: parcelo-api
  namespace: parcelo
type: Opaque
data:
  DB_HOST: «b64text:parcelo-prod.cluster-c9xk2wq7.eu-west-1.rds.amazonaws.com» ⟦D k8s-b64-host⟧
  DB_USER: «b64text:parcelo_app» ⟦D k8s-b64-user⟧
  DB_PASSWORD: «b64of:pwr#k8s-db» ⟦S k8s-b64-dbpw⟧
  STRIPE_SECRET_KEY: «b64of:sk_live#k8s» ⟦S k8s-b64-stripe⟧
  LOG_LEVEL: «b64text:info» ⟦D k8s-b64-loglevel⟧
stringData:
  SENDGRID_API_KEY: «sendgrid#k8s» ⟦S k8s-stringdata-sendgrid⟧
  FCM_SERVER_KEY: «fcm#push» ⟦S k8s-fcm⟧
`;

export const K8S_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: parcelo-api
  namespace: parcelo
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/parcelo/api@sha256:«hex:64#api-digest» ⟦D k8s-image-digest⟧
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: parcelo-api
                  key: DB_PASSWORD ⟦D k8s-secretkeyref⟧
            - name: DATABASE_URL
              value: postgres://parcelo_app:$(DB_PASSWORD)@parcelo-prod.cluster-c9xk2wq7.eu-west-1.rds.amazonaws.com:5432/parcelo ⟦D k8s-env-expansion⟧
            - name: TOKEN_TTL_SECONDS
              value: "3600" ⟦D k8s-token-ttl⟧
`;

export const K8S_SEALED = `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: parcelo-django
  namespace: parcelo
spec:
  encryptedData:
    DJANGO_SECRET_KEY: AgB«b64:300#sealed» ⟦D sealed-secret⟧
`;

export const K8S_NEWRELIC = `apiVersion: v1
kind: ConfigMap
metadata:
  name: newrelic-agent
data:
  NEW_RELIC_APP_NAME: parcelo-api
  NEW_RELIC_LICENSE_KEY: «nrlicense#agent» ⟦S newrelic-license⟧
`;

export const HELM_VALUES = `image:
  repository: ghcr.io/parcelo/api
  tag: "«hex:40#helm-tag»" ⟦D helm-git-sha-tag⟧

postgresql:
  auth:
    username: parcelo
    password: "" ⟦D helm-empty⟧
    existingSecret: parcelo-db ⟦D helm-existing-secret⟧

redis:
  auth:
    password: changeme ⟦D helm-changeme⟧
`;

export const HELM_VALUES_PROD = `postgresql:
  auth:
    password: «pwh#helm-prod-db» ⟦S helm-prod-dbpw⟧

smtp:
  host: smtp.eu.mailgun.org
  password: "{{ .Values.global.smtpPassword }}" ⟦D helm-template-ref⟧

sentry:
  dsn: https://«hex:32#sentry-api»@o«digits:6#sentry-org».ingest.sentry.io/«digits:7#sentry-api-proj» ⟦D helm-sentry-dsn⟧
`;

export const HELM_SECRET_TPL = `apiVersion: v1
kind: Secret
metadata:
  name: {{ include "parcelo.fullname" . }}-db
data:
  password: {{ .Values.postgresql.auth.password | b64enc | quote }} ⟦D helm-tpl⟧
`;

// ---------------------------------------------------------------- CI

export const GITLAB_CI = `stages: [test, deploy]

variables:
  DOCKER_DRIVER: overlay2
  GITLAB_TOKEN: «glpat#ci» ⟦S gitlab-glpat⟧

test:
  image: python:3.12
  script:
    - pip install -r backend/requirements.txt
    - pytest backend

deploy:
  stage: deploy
  script:
    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY ⟦D gitlab-job-token⟧
    - sshpass -p '«pwh#deploy-ssh»' ssh deploy@51.159.22.87 './deploy.sh' ⟦S gitlab-sshpass⟧
  only: [main]
`;

export const GHA_DEPLOY = `name: deploy
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: { contents: read, packages: write, id-token: write }
    env:
      NPM_TOKEN: \${{ secrets.NPM_TOKEN }} ⟦D gha-secret-ref⟧
      SENTRY_AUTH_TOKEN: «sntryu#ci» ⟦S gha-sentry-auth⟧
    steps:
      - uses: actions/checkout@«hex:40#checkout-sha» # v4 ⟦D gha-pinned-sha⟧
      - name: Log in to GHCR
        run: echo "\${{ secrets.GITHUB_TOKEN }}" | docker login ghcr.io -u \${{ github.actor }} --password-stdin ⟦D gha-password-stdin⟧
      - name: Build and push
        run: docker build -t ghcr.io/parcelo/api:\${{ github.sha }} backend && docker push ghcr.io/parcelo/api:\${{ github.sha }}
      - name: Roll out
        run: |
          curl -fsS -X POST -H "Authorization: Bearer «doctl#ci»" \\ ⟦S gha-do-bearer⟧
            https://api.digitalocean.com/v2/apps/parcelo-api/deployments
`;

export const GHA_TEST = `name: test
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres ⟦D gha-service-pg⟧
    steps:
      - uses: actions/checkout@«hex:40#checkout-sha»
      - run: pip install -r backend/requirements.txt && pytest backend
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres ⟦D gha-test-dburl⟧
`;

export const PRECOMMIT = `repos:
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: «hex:40#precommit-rev» ⟦D precommit-rev⟧
    hooks:
      - id: ruff
`;

// ---------------------------------------------------------------- scripts

export const DEPLOY_SH_V1 = `#!/usr/bin/env bash
set -euo pipefail
: "\${DEPLOY_HOST:?set DEPLOY_HOST}"
SHA=$(git rev-parse HEAD)

mysqldump -h legacy-db.parcelo.internal -u reports -p"$LEGACY_DB_PASSWORD" legacy > /tmp/legacy.sql ⟦D deploy-mysqldump-var⟧
PGPASSWORD="«pwh#pg-backup»" pg_dump -h parcelo-prod.cluster-c9xk2wq7.eu-west-1.rds.amazonaws.com -U parcelo_admin parcelo > backup.sql ⟦S deploy-pgpassword⟧
curl -fsS -X POST -H "Authorization: token «ghp#deploy-status»" \\ ⟦S deploy-ghp-curl⟧
  -d '{"state":"success","context":"deploy"}' "https://api.github.com/repos/parcelo/parcelo/statuses/$SHA"
ssh "deploy@$DEPLOY_HOST" 'cd /srv/parcelo && docker compose -f docker-compose.prod.yml up -d'
`;

export const DEPLOY_SH_V2 = `#!/usr/bin/env bash
set -euo pipefail
: "\${DEPLOY_HOST:?set DEPLOY_HOST}"
SHA=$(git rev-parse HEAD)

mysqldump -h legacy-db.parcelo.internal -u reports -p"$LEGACY_DB_PASSWORD" legacy > /tmp/legacy.sql ⟦D deploy-mysqldump-var⟧
PGPASSWORD="«pwh#pg-backup»" pg_dump -h parcelo-prod.cluster-c9xk2wq7.eu-west-1.rds.amazonaws.com -U parcelo_admin parcelo > backup.sql ⟦S deploy-pgpassword⟧
curl -fsS -X POST -H "Authorization: token $GITHUB_TOKEN" \\ ⟦D deploy-token-var⟧
  -d '{"state":"success","context":"deploy"}' "https://api.github.com/repos/parcelo/parcelo/statuses/$SHA"
ssh "deploy@$DEPLOY_HOST" 'cd /srv/parcelo && docker compose -f docker-compose.prod.yml up -d'
`;

export const SYNC_ASSETS_V1 = `#!/bin/sh
# one-off: push the marketing images to the CDN bucket
export AWS_ACCESS_KEY_ID=«akia#sync» ⟦S sync-akia⟧
export AWS_SECRET_ACCESS_KEY=«awssecret#sync» ⟦S sync-aws-secret⟧
aws s3 sync ./frontend/public s3://parcelo-assets --delete
`;

export const SYNC_ASSETS_V2 = `#!/bin/sh
# one-off: push the marketing images to the CDN bucket
export AWS_PROFILE=parcelo-assets ⟦D sync-profile⟧
aws s3 sync ./frontend/public s3://parcelo-assets --delete
`;

export const BACKUP_LEGACY = `#!/bin/sh
set -e
mysql -u root -p'«pwh#legacy-root»' -h 10.0.3.12 legacy < cleanup.sql ⟦S backup-mysql-p⟧
lftp -c "open ftp://parcelo:«pwu#ftp»@ftp.partner-logistics.de; mirror -R exports /incoming" ⟦S lftp-url⟧
`;

export const BACKUP_LEGACY_V2 = `#!/bin/sh
set -e
mysql -u root -p'«pwh#legacy-root»' -h 10.0.3.12 legacy < cleanup.sql ⟦S backup-mysql-p⟧
lftp -c "open -u parcelo,$PARTNER_FTP_PASSWORD ftp.partner-logistics.de; mirror -R exports /incoming" ⟦D lftp-var⟧
`;

export const SMOKE_SH = `#!/usr/bin/env bash
# smoke test after each deploy
set -euo pipefail
curl -fsS -u admin:«pwh#staging-basic» https://staging.parcelo.app/health ⟦S smoke-curl-u⟧
curl -fsS https://ops:«pwu#grafana-basic»@grafana.parcelo.app/api/health ⟦S smoke-url-userinfo⟧
curl -fsS -H "Authorization: Bearer «alnum:40#smoke-bearer»" https://api.parcelo.app/v1/admin/stats ⟦S smoke-bearer⟧
curl -fsS -H "Authorization: Basic «basic:ops#smoke-basic»" https://status.parcelo.app/internal ⟦S smoke-basic⟧
curl -fsS -H "Authorization: Bearer $SMOKE_TOKEN" https://api.parcelo.app/v1/me ⟦D smoke-bearer-var⟧
`;

export const VAULT_LOGIN = `#!/bin/sh
export VAULT_ADDR=https://vault.parcelo.internal:8200
export VAULT_TOKEN=«hvs#ops» ⟦S vault-token⟧
vault kv get -field=password secret/prod/db
`;

export const POSTMAN_SYNC = `#!/bin/sh
POSTMAN_API_KEY=«pmak#sync» ⟦S postman-pmak⟧
curl -s -X PUT "https://api.getpostman.com/collections/$COLLECTION_UID" \\
  -H "X-Api-Key: $POSTMAN_API_KEY" --data @postman/Parcelo.postman_collection.json
`;

export const NETRC = `machine api.heroku.com
  login ops@parcelo.app
  password «uuid#heroku-netrc» ⟦S netrc-heroku⟧
`;

export const GH_HOSTS = `github.com:
    user: parcelo-bot
    oauth_token: «gho#gh-hosts» ⟦S gh-hosts-gho⟧
    git_protocol: https
`;

// ---------------------------------------------------------------- legacy services

export const SPRING_PROPS = `spring.datasource.url=jdbc:postgresql://parcelo-prod.cluster-c9xk2wq7.eu-west-1.rds.amazonaws.com:5432/parcelo ⟦D props-jdbc-url⟧
spring.datasource.username=parcelo_reports
spring.datasource.password=«pwh#spring-db» ⟦S props-db-password⟧
spring.mail.password=\${SMTP_PASSWORD} ⟦D props-placeholder⟧
jwt.secret=«b64:48#spring-jwt» ⟦S props-jwt-secret⟧
management.endpoints.web.exposure.include=health,info
`;

export const HIBERNATE = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN" "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
  <session-factory>
    <property name="hibernate.connection.url">jdbc:postgresql://parcelo-replica.cluster-ro-c9xk2wq7.eu-west-1.rds.amazonaws.com:5432/parcelo</property>
    <property name="hibernate.connection.username">reports</property>
    <property name="hibernate.connection.password">«pwh#hibernate»</property> ⟦S xml-hibernate⟧
  </session-factory>
</hibernate-configuration>
`;

export const MAIL_JAVA = `package app.parcelo.reports;

public final class MailConfig {
    static final String SMTP_HOST = "smtp.eu.mailgun.org";
    static final String SMTP_USER = "reports@mg.parcelo.app";
    private static final String SMTP_PASSWORD = "«pwh#java-smtp»"; ⟦S java-smtp⟧

    private MailConfig() {}
}
`;

export const MAVEN_SETTINGS_V1 = `<settings>
  <servers>
    <server>
      <id>parcelo-nexus</id>
      <username>deploy</username>
      <password>«pwr#nexus»</password> ⟦S maven-settings⟧
    </server>
  </servers>
</settings>
`;

export const MAVEN_SETTINGS_V2 = `<settings>
  <servers>
    <server>
      <id>parcelo-nexus</id>
      <username>deploy</username>
      <password>\${env.NEXUS_PASSWORD}</password> ⟦D maven-env⟧
    </server>
  </servers>
</settings>
`;

export const WP_CONFIG = `<?php
define( 'DB_NAME', 'parcelo_blog' );
define( 'DB_USER', 'blog' );
define( 'DB_PASSWORD', '«pwh#wp-db»' ); ⟦S wp-db-password⟧
define( 'DB_HOST', 'blog-db.parcelo.internal' );

define( 'AUTH_KEY',         '«wpsalt#auth»' ); ⟦S wp-auth-key⟧
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' ); ⟦D wp-unique-phrase⟧

$table_prefix = 'wp_';
`;

export const PHP_CONFIG = `<?php
$config['mail']['smtp_host'] = 'smtp.eu.mailgun.org';
$config['mail']['smtp_pass'] = '«pwr#smtp-php»'; ⟦S php-smtp-pass⟧
$config['maps_key'] = getenv('MAPS_KEY') ?: ''; ⟦D php-getenv⟧
$config['login_label'] = 'Passwort vergessen?'; ⟦D php-label-de⟧
`;

export const APPSETTINGS = `{
  "ConnectionStrings": {
    "Reporting": "Server=tcp:parcelo-reports.database.windows.net,1433;Initial Catalog=reports;User ID=reporter;Password=«pwr#mssql»;Encrypt=True;" ⟦S appsettings-mssql⟧
  },
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=parceloreports;AccountKey=«b64:64#azure-storage»;EndpointSuffix=core.windows.net" ⟦S appsettings-azure-storage⟧
  },
  "Jwt": {
    "Issuer": "https://auth.parcelo.app",
    "Audience": "parcelo-reports"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
`;

export const APPSETTINGS_DEV = `{
  "ConnectionStrings": {
    "Reporting": "Server=(localdb)\\\\mssqllocaldb;Database=reports;Trusted_Connection=True;" ⟦D appsettings-localdb⟧
  }
}
`;

// ---------------------------------------------------------------- mobile

export const GRADLE_PROPS = `org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
PARCELO_UPLOAD_STORE_FILE=parcelo-upload.keystore
PARCELO_UPLOAD_KEY_ALIAS=upload
PARCELO_UPLOAD_STORE_PASSWORD=«pwh#keystore» ⟦S gradle-store-password⟧
PARCELO_UPLOAD_KEY_PASSWORD=«pwh#keyalias» ⟦S gradle-key-password⟧
`;

export const BUILD_GRADLE_KTS = `android {
    namespace = "app.parcelo.courier"
    defaultConfig {
        buildConfigField("String", "MAPS_API_KEY", "\\"\${project.findProperty("MAPS_API_KEY") ?: ""}\\"") ⟦D kts-findproperty⟧
    }
    signingConfigs {
        create("release") {
            storePassword = project.property("PARCELO_UPLOAD_STORE_PASSWORD") as String ⟦D kts-store-password-ref⟧
        }
    }
}
`;

export const API_CLIENT_KT = `package app.parcelo.courier.net

object ApiClient {
    private const val BASE_URL = "https://api.parcelo.app/"
    private const val CLIENT_SECRET = "«alnum:48#oauth-client-secret»" ⟦S kotlin-client-secret⟧
    val headers = mapOf("X-Api-Key" to BuildConfig.API_KEY) ⟦D kotlin-buildconfig⟧
}
`;

export const STRINGS_KO = `<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="password_hint">비밀번호</string> ⟦D android-ko⟧
    <string name="login_api_key_title">API 키</string> ⟦D android-ko-apikey⟧
</resources>
`;

export const INFO_PLIST = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleIdentifier</key>
  <string>app.parcelo.shop</string>
  <key>GMSApiKey</key>
  <string>$(GOOGLE_MAPS_KEY)</string> ⟦D plist-var⟧
  <key>ParceloAPISecret</key>
  <string>«alnum:40#ios-api-secret»</string> ⟦S plist-api-secret⟧
</dict>
</plist>
`;

export const LOCALIZABLE_DE = `"password_label" = "Passwort"; ⟦D ios-de-password⟧
"token_invalid" = "Das Token ist ungültig."; ⟦D ios-de-token⟧
`;

export const XCCONFIG_EXAMPLE = `// Copy to Secrets.xcconfig (ignored) and fill in.
PARCELO_API_SECRET = REPLACE_WITH_YOUR_KEY ⟦D xcconfig-placeholder⟧
`;

export const FASTFILE = `default_platform(:ios)

platform :ios do
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "«upper:10#asc-key-id»", ⟦D fastlane-key-id⟧
      issuer_id: "«uuid#asc-issuer»", ⟦D fastlane-issuer⟧
      key_content: ENV["ASC_KEY_CONTENT"] ⟦D fastlane-env⟧
    )
    match(type: "appstore", api_key: api_key)
    build_app(scheme: "Parcelo")
    upload_to_testflight(api_key: api_key)
  end
end
`;

export const FASTLANE_ENV = `MATCH_GIT_URL=git@github.com:parcelo/certificates.git
MATCH_PASSWORD=«pwh#match» ⟦S fastlane-match-password⟧
`;

// ---------------------------------------------------------------- ops (Ruby, INI, Grafana, Docker)

export const NOTIFY_RB = `require "slack-ruby-client"

CONFIG = { slack_token: "«xoxb#ruby»", channel: "#ops" } ⟦S ruby-xoxb⟧

Slack.configure { |c| c.token = CONFIG[:slack_token] }
`;

export const BACKFILL_RB = `require "active_record"

ActiveRecord::Base.establish_connection(
  adapter: "postgresql",
  host: "parcelo-replica.cluster-ro-c9xk2wq7.eu-west-1.rds.amazonaws.com",
  username: "backfill",
  password: "«pwh#ruby-ar»", ⟦S ruby-ar-password⟧
  database: "parcelo"
)
PARTNER_KEY = ENV.fetch("PARTNER_API_KEY", "«hex:40#partner-ruby»") ⟦S ruby-env-fetch⟧
LABEL = { password: "Пароль", login: "Вход" } ⟦D ruby-label-ru⟧
`;

export const SUPERVISORD = `[inet_http_server]
port=127.0.0.1:9001
username=admin
password=«pwh#supervisor» ⟦S ini-supervisor⟧

[program:worker]
command=/usr/local/bin/worker
`;

export const GRAFANA = `apiVersion: 1
datasources:
  - name: Prometheus
    type: prometheus
    url: http://prometheus:9090
    secureJsonData:
      httpHeaderValue1: "Bearer «glsa#grafana»" ⟦S grafana-sa⟧
`;

export const DOCKER_CONFIG = `{
  "auths": {
    "ghcr.io": {
      "auth": "«dockerauth:parcelo-bot#docker»" ⟦S docker-auth⟧
    }
  }
}
`;

export const RENOVATE = `module.exports = {
  platform: 'github',
  token: '«fgpat#renovate»', ⟦S renovate-fgpat⟧
  repositories: ['parcelo/parcelo'],
};
`;

export const SSH_PUB = `«ssh_ed_pub:openssh_ed:deploy@parcelo#deploy» deploy@parcelo ⟦D ssh-pubkey⟧
`;

export const DEPLOY_KEY = `«openssh_ed:deploy@parcelo#deploy» ⟦S ssh-deploy-key⟧
`;

export const SERVER_KEY = `«pem_rsa#legacy-server» ⟦S pem-rsa-server⟧
`;

// ---------------------------------------------------------------- data, notebooks, API collections

const NB_HEAD = `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "source": [
    "import os\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine(\\"postgresql://analyst:«pwu#analyst»@parcelo-replica.cluster-ro-c9xk2wq7.eu-west-1.rds.amazonaws.com/parcelo\\")\\n" ⟦S nb-engine-url⟧
   ],
   "outputs": []
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "source": [
    "!env | grep API_KEY\\n",
    "client = OpenAI(api_key=os.environ[\\"OPENAI_API_KEY\\"])\\n" ⟦D nb-env⟧
   ],
`;

const NB_TAIL = `  }
 ],
 "metadata": { "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
`;

export const NOTEBOOK_V1 = `${NB_HEAD}   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "OPENAI_API_KEY=«openai#nb-output»\\n" ⟦S nb-output-openai⟧
     ]
    }
   ]
${NB_TAIL}`;

export const NOTEBOOK_V2 = `${NB_HEAD}   "outputs": []
${NB_TAIL}`;

export const POSTMAN = `{
  "info": {
    "_postman_id": "«uuid#postman-id»", ⟦D postman-id⟧
    "name": "Parcelo partner API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{ "key": "token", "value": "{{accessToken}}", "type": "string" }] ⟦D postman-var⟧
  },
  "item": [
    {
      "name": "Create quote",
      "request": {
        "method": "POST",
        "header": [
          { "key": "X-Api-Key", "value": "«alnum:32#partner-api»" } ⟦S postman-api-key⟧
        ],
        "url": "https://api.parcelo.app/v1/quotes"
      }
    }
  ]
}
`;

export const SEED_USERS = `INSERT INTO users (email, password_hash, is_staff) VALUES
  ('ops@parcelo.app', '$2b$12$«bcrypt#ops»', true), ⟦D seed-bcrypt⟧
  ('demo@parcelo.app', '$2b$12$«bcrypt#demo»', false);

INSERT INTO api_clients (name, client_id, client_secret) VALUES
  ('partner-portal', 'pp_«alnum:16#pp-client»', '«hex:48#pp-client-secret»'); ⟦S seed-client-secret⟧
`;

export const MIGRATION_ROLE = `-- read-only role for the reporting service
CREATE ROLE reporting LOGIN PASSWORD '«pwh#sql-role»'; ⟦S sql-create-role⟧
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
`;

// ---------------------------------------------------------------- docs

export const DOCS_INTEGRATIONS = `# Integrations

## Stripe

Create the webhook in the Stripe dashboard and copy its signing secret into the environment:

    STRIPE_WEBHOOK_SECRET=whsec_... ⟦D docs-whsec-ellipsis⟧

## Partner API

    curl https://api.parcelo.app/v1/quotes -H "X-Api-Key: $PARCELO_API_KEY" ⟦D docs-curl-var⟧

A successful login returns a JWT such as
\`eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\` ⟦D docs-jwtio⟧
(the jwt.io sample; yours will differ).

## GitHub

The release job needs a token in \`GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\` form. ⟦D docs-ghp-x⟧

Lorem ipsum dolor sit amet, consectetur adipiscing elit. Integer posuere erat a ante venenatis dapibus. ⟦D docs-lorem⟧
`;

export const DOCS_RUNBOOK = `# Staging box

The staging VM runs the same compose file as production.

- host: staging.parcelo.app
- admin user: parcelo
- admin password: «pwh#runbook-staging» ⟦S runbook-staging-pw⟧
- restart: \`ssh parcelo@staging.parcelo.app sudo systemctl restart parcelo\`
`;

export const DOCS_AUTH = `# Authentication

Users sign in with e-mail and password; the API issues a session token (\`Authorization: Bearer <token>\`). ⟦D docs-auth-bearer⟧
Passwords are hashed with Argon2id. Set \`DJANGO_SECRET_KEY\` from the secret manager; \`changeme\` is refused at startup. ⟦D docs-auth-changeme⟧
Example: \`curl -u admin:<password> https://api.parcelo.app/v1/admin\` ⟦D docs-curl-u-placeholder⟧
`;

export const CHANGELOG = `# Changelog

## 1.4.0
- Courier ETAs rounded to 5 minutes (commit «hex:40#chlog-sha») ⟦D changelog-sha⟧
- Payouts in USDC on Base.

## 1.3.0
- First public release.
`;

// ---------------------------------------------------------------- the production env file and the spike branch

export const ENV_PRODUCTION = `DJANGO_SETTINGS_MODULE=parcelo.settings.production
STRIPE_SECRET_KEY=«sk_live#envprod» ⟦S envprod-stripe⟧
OPENAI_API_KEY=«openai#envprod» ⟦S envprod-openai⟧
ANTHROPIC_API_KEY=«anthropic#envprod» ⟦S envprod-anthropic⟧
SUPABASE_SERVICE_ROLE_KEY=«jwt_service#envprod» ⟦S envprod-supabase-service⟧
NEXT_PUBLIC_SUPABASE_ANON_KEY=«jwt_anon#envprod» ⟦D envprod-supabase-anon⟧
SLACK_USER_TOKEN=«xoxp#envprod» ⟦S envprod-xoxp⟧
`;

export const SPIKE_SQUARE = `"""Spike: take card payments through Square for the US pilot."""
from square.client import Client

client = Client(access_token="«square#spike»", environment="production") ⟦S spike-square⟧
BRAINTREE_PRIVATE_KEY = "«hex:32#braintree»" ⟦S spike-braintree⟧
`;
