/**
 * The second fresh repository, part A: "Ledgerly", a B2B invoicing SaaS. The Rails monolith (invoices, dunning,
 * Sidekiq), the Laravel customer portal that came with an acquisition, the Spring Boot tax engine, the ASP.NET ERP
 * connector, the NestJS public API gateway and the data team's Python scripts.
 *
 * Template syntax (see ../fresh2.ts): `«kind#name»` is replaced by a generated value (gen.ts); a line ending in
 * `⟦S id⟧` is a planted secret, `⟦D id⟧` a decoy that must not be reported. Ids are unique in the whole corpus.
 * Written without reading launchready's rules or the first fresh corpus's templates: each label says what a careful
 * reviewer would say about the line.
 */

// ---- Rails monolith ---------------------------------------------------------------------------------------------

export const README = `# Ledgerly

Invoicing, dunning and payment reconciliation for B2B teams. Rails monolith (\`app/\`), customer portal (\`portal/\`,
Laravel), tax engine (\`tax-engine/\`, Spring Boot), ERP connector (\`erp-connector/\`, .NET 8) and the public API
gateway (\`gateway/\`, NestJS).

## Getting started

\`\`\`sh
bin/setup
export LEDGERLY_DATABASE_PASSWORD=<ask-ops-for-the-dev-password> ⟦D readme-angle⟧
bin/rails db:prepare && bin/dev
\`\`\`

The API uses bearer tokens: \`curl -H "Authorization: Bearer $LEDGERLY_TOKEN" https://api.ledgerly.io/v2/invoices\` ⟦D readme-bearer-var⟧

Webhook signatures use HMAC-SHA256; the test suite signs with \`whsec_test_secret\` (see spec/support/webhooks.rb). ⟦D readme-whsec-word⟧
`;

export const GEMFILE_LOCK = `GEM
  remote: https://rubygems.org/
  specs:
    rails (7.1.3.2)
    sidekiq (7.2.2)
    stripe (10.12.0)

CHECKSUMS
  rails (7.1.3.2) sha256=«hex:64#gem-rails» ⟦D gemlock-sha-rails⟧
  sidekiq (7.2.2) sha256=«hex:64#gem-sidekiq» ⟦D gemlock-sha-sidekiq⟧
  stripe (10.12.0) sha256=«hex:64#gem-stripe» ⟦D gemlock-sha-stripe⟧

BUNDLED WITH
   2.5.6
`;

export const DATABASE_YML_V1 = `default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: ledgerly_development
  username: postgres
  password: postgres ⟦D dbyml-dev-default⟧
  host: localhost

test:
  <<: *default
  database: ledgerly_test

production:
  <<: *default
  database: ledgerly_production
  host: ledgerly-prod.c8v3kqzr1mpl.eu-central-1.rds.amazonaws.com
  username: ledgerly_app
  password: «pwh#rails-prod-db» ⟦S dbyml-prod-pw⟧
`;

export const DATABASE_YML_V2 = DATABASE_YML_V1.replace(
  '  password: «pwh#rails-prod-db» ⟦S dbyml-prod-pw⟧',
  '  password: <%= ENV["LEDGERLY_DATABASE_PASSWORD"] %> ⟦D dbyml-prod-erb⟧',
);

export const SECRETS_YML_V1 = `# Rails 5 era secrets file, still read by the legacy PDF renderer
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] || "dev" %> ⟦D secretsyml-dev-erb⟧

production:
  secret_key_base: «hex:128#skb» ⟦S secretsyml-skb⟧
  pdf_renderer_token: <%= ENV["PDF_RENDERER_TOKEN"] %> ⟦D secretsyml-pdf-erb⟧
`;

export const SECRETS_YML_V2 = SECRETS_YML_V1.replace('  secret_key_base: «hex:128#skb» ⟦S secretsyml-skb⟧', '  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %> ⟦D secretsyml-prod-erb⟧');

export const MASTER_KEY = `«hex:32#rails-master» ⟦S master-key⟧
`;

export const CREDENTIALS_ENC = `«b64:180#cred-enc»--«b64:12#cred-iv»--«b64:16#cred-tag» ⟦D credentials-enc⟧
`;

export const SIDEKIQ_RB = `require "sidekiq/web"

Sidekiq.configure_server do |config|
  config.redis = { url: ENV.fetch("REDIS_URL", "redis://localhost:6379/1") } ⟦D sidekiq-local-fallback⟧
end

Sidekiq.configure_client do |config|
  config.redis = { url: "redis://:«pwu#sidekiq-redis»@ledgerly-jobs.x7q2mv.ng.0001.euc1.cache.amazonaws.com:6379/0" } ⟦S sidekiq-redis-url⟧
end

Sidekiq::Web.use Rack::Auth::Basic do |user, password|
  ActiveSupport::SecurityUtils.secure_compare(user, "ops") &
    ActiveSupport::SecurityUtils.secure_compare(password, "«pwh#sidekiq-web»") ⟦S sidekiq-web-pw⟧
end
`;

export const STRIPE_RB = `Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key) ⟦D stripe-rb-creds⟧
Stripe.max_network_retries = 2
STRIPE_WEBHOOK_SECRET = ENV.fetch("STRIPE_WEBHOOK_SECRET") ⟦D stripe-rb-env⟧
`;

export const SHIPPO_RB = `# Shippo labels for the hardware add-on (card readers shipped to customers)
Shippo::API.token = ENV.fetch("SHIPPO_API_TOKEN", "«shippo#rails»") ⟦S shippo-fallback⟧
Shippo::API.version = "2018-02-08"
`;

export const INTERCOM_RB = `IntercomRails.config do |config|
  config.app_id = "«lower:8#intercom-app»" ⟦D intercom-app-id⟧
  config.api_secret = ENV["INTERCOM_IDENTITY_SECRET"] ⟦D intercom-env⟧
end

INTERCOM_CLIENT = Intercom::Client.new(token: "«intercom#rails»") ⟦S intercom-token⟧
`;

export const STORAGE_YML = `local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %> ⟦D storage-aws-erb⟧
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %> ⟦D storage-aws-secret-erb⟧
  region: eu-central-1
  bucket: ledgerly-invoices-prod

azure_archive:
  service: AzureStorage
  storage_account_name: ledgerlyarchive
  storage_access_key: «azure_storage#rails-archive» ⟦S storage-azure-key⟧
  container: invoices-2019
`;

export const PRODUCTION_RB = `Rails.application.configure do
  config.cache_classes = true
  config.force_ssl = true
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.sendgrid.net",
    port: 587,
    user_name: "apikey",
    password: "«sendgrid#rails-smtp»", ⟦S prodrb-sendgrid⟧
    authentication: :plain,
  }
  config.filter_parameters += [:password, :token, :iban] ⟦D prodrb-filter⟧
end
`;

export const QUICKBOOKS_RB = `module Integrations
  class QuickbooksClient
    CLIENT_ID = "AB«alnum:48#qbo-id»" ⟦D qbo-client-id⟧
    CLIENT_SECRET = "«alnum:40#qbo-secret»" ⟦S qbo-client-secret⟧
    REDIRECT_URI = "https://app.ledgerly.io/integrations/quickbooks/callback"
    TOKEN_URL = "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"

    def initialize(realm_id)
      @realm_id = realm_id
      @oauth = OAuth2::Client.new(CLIENT_ID, CLIENT_SECRET, token_url: TOKEN_URL)
    end
  end
end
`;

export const HUBSPOT_RAKE = `namespace :crm do
  desc "Backfill companies into HubSpot (one-off, March 2024)"
  task backfill: :environment do
    client = Hubspot::Client.new(access_token: "«hubspot:eu1#rake»") ⟦S hubspot-rake⟧
    Account.find_each do |account|
      client.crm.companies.basic_api.create(simple_public_object_input_for_create: { properties: { name: account.name } })
    end
  end
end
`;

export const USER_RB = `class User < ApplicationRecord
  has_secure_password
  has_secure_token :api_token ⟦D userrb-secure-token⟧
  PASSWORD_RESET_TTL = 2.hours ⟦D userrb-reset-ttl⟧
  MIN_PASSWORD_LENGTH = 12

  validates :password, length: { minimum: MIN_PASSWORD_LENGTH }, allow_nil: true ⟦D userrb-validates⟧
  encrypts :totp_secret ⟦D userrb-encrypts⟧
end
`;

export const FACTORIES_RB = `FactoryBot.define do
  factory :user do
    email { Faker::Internet.email }
    password { "not-a-real-password" } ⟦D factory-password⟧
    api_token { SecureRandom.hex(20) } ⟦D factory-token⟧
  end

  factory :stripe_event, class: Hash do
    id { "evt_test_#{SecureRandom.alphanumeric(24)}" } ⟦D factory-evt⟧
  end
end
`;

export const WEBHOOK_FIXTURE = `{
  "id": "evt_1P«alnum:22#evt-id»", ⟦D fixture-evt-id⟧
  "object": "event",
  "livemode": false,
  "type": "invoice.paid",
  "data": {
    "object": {
      "id": "in_1P«alnum:22#in-id»", ⟦D fixture-in-id⟧
      "customer": "cus_«alnum:14#cus-id»", ⟦D fixture-cus-id⟧
      "hosted_invoice_url": "https://invoice.stripe.com/i/acct_1Nx/test_«alnum:40#hosted»", ⟦D fixture-hosted-url⟧
      "amount_paid": 129000
    }
  }
}
`;

export const LOCALES_RAILS: Record<string, string> = {
  'config/locales/fr.yml': `fr:
  sessions:
    password: "Mot de passe" ⟦D loc-fr-pw⟧
    api_key: "Clé d'API" ⟦D loc-fr-key⟧
    forgot: "Mot de passe oublié ?"
`,
  'config/locales/el.yml': `el:
  sessions:
    password: "Κωδικός πρόσβασης" ⟦D loc-el-pw⟧
    secret: "Μυστικό κλειδί" ⟦D loc-el-secret⟧
`,
  'config/locales/he.yml': `he:
  sessions:
    password: "סיסמה" ⟦D loc-he-pw⟧
    token: "אסימון גישה" ⟦D loc-he-token⟧
`,
  'config/locales/hi.yml': `hi:
  sessions:
    password: "पासवर्ड" ⟦D loc-hi-pw⟧
`,
  'config/locales/th.yml': `th:
  sessions:
    password: "รหัสผ่าน" ⟦D loc-th-pw⟧
    api_secret: "รหัสลับ API" ⟦D loc-th-secret⟧
`,
  'config/locales/ja.yml': `ja:
  sessions:
    password: "パスワードを入力してください" ⟦D loc-ja-pw⟧
`,
};

// ---- Laravel customer portal --------------------------------------------------------------------------------------

export const PORTAL_ENV = `APP_NAME="Ledgerly Portal"
APP_ENV=production
APP_KEY=«laravel#portal» ⟦S portal-env-appkey⟧
APP_DEBUG=false
APP_URL=https://pay.ledgerly.io

DB_CONNECTION=mysql
DB_HOST=portal-db.internal.ledgerly.io
DB_DATABASE=portal
DB_USERNAME=portal
DB_PASSWORD=«pwr#portal-db» ⟦S portal-env-db⟧

MAIL_MAILER=mailgun
MAILGUN_DOMAIN=mg.ledgerly.io
MAILGUN_SECRET=«mailgun2#portal» ⟦S portal-env-mailgun⟧

MOLLIE_KEY=«mollie#portal» ⟦S portal-env-mollie⟧

PUSHER_APP_ID=«digits:7#pusher-id» ⟦D portal-env-pusher-id⟧
PUSHER_APP_KEY=«hex:20#pusher-key» ⟦D portal-env-pusher-key⟧
PUSHER_APP_SECRET=«hex:20#pusher-secret» ⟦S portal-env-pusher-secret⟧
PUSHER_APP_CLUSTER=eu
`;

export const PORTAL_ENV_EXAMPLE = `APP_NAME="Ledgerly Portal"
APP_ENV=local
APP_KEY= ⟦D portal-envex-appkey⟧
DB_PASSWORD=secret ⟦D portal-envex-db⟧
MAIL_PASSWORD=null ⟦D portal-envex-mail⟧
MAILGUN_SECRET=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ⟦D portal-envex-mailgun⟧
MOLLIE_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ⟦D portal-envex-mollie⟧
PUSHER_APP_SECRET=your-pusher-secret ⟦D portal-envex-pusher⟧
`;

export const PORTAL_DATABASE_PHP = `<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', ''), ⟦D portal-dbphp-env⟧
        ],
        'planetscale' => [
            'driver' => 'mysql',
            'host' => env('PS_HOST', 'aws.connect.psdb.cloud'),
            'username' => env('PS_USERNAME', '«lower:12#ps-user»'), ⟦D portal-dbphp-ps-user⟧
            'password' => env('PS_PASSWORD', '«pscale#portal»'), ⟦S portal-dbphp-pscale⟧
        ],
    ],
    'redis' => [
        'default' => [
            'password' => env('REDIS_PASSWORD', null), ⟦D portal-dbphp-redis⟧
        ],
    ],
];
`;

export const PORTAL_SERVICES_PHP = `<?php

return [
    'postmark' => [
        'token' => env('POSTMARK_TOKEN'), ⟦D portal-svc-postmark⟧
    ],
    'gocardless' => [
        'access_token' => env('GOCARDLESS_ACCESS_TOKEN', '«gocardless#portal»'), ⟦S portal-svc-gocardless⟧
        'environment' => 'live',
    ],
    'stripe' => [
        'key' => '«pk_live#portal»', ⟦D portal-svc-pk⟧
        'webhook_secret' => '«whsec#portal»', ⟦S portal-svc-whsec⟧
    ],
];
`;

export const PORTAL_LANG: Record<string, string> = {
  'portal/lang/es/auth.php': `<?php

return [
    'failed' => 'Estas credenciales no coinciden con nuestros registros.',
    'password' => 'La contraseña proporcionada es incorrecta.', ⟦D portal-lang-es⟧
];
`,
  'portal/lang/de/auth.php': `<?php

return [
    'failed' => 'Diese Kombination aus Zugangsdaten wurde nicht in unserer Datenbank gefunden.',
    'password' => 'Das Passwort ist falsch.', ⟦D portal-lang-de⟧
];
`,
};

export const PORTAL_LOGIN_TEST = `<?php

namespace Tests\\Feature;

class LoginTest extends TestCase
{
    public function test_users_can_log_in(): void
    {
        $user = User::factory()->create();
        $response = $this->post('/login', ['email' => $user->email, 'password' => 'password']); ⟦D portal-test-pw⟧
        $response->assertRedirect('/invoices');
    }
}
`;

export const PORTAL_BRAINTREE_PHP = `<?php

// US customers pay by card through Braintree; the EU portal uses Mollie and GoCardless
return [
    'environment' => 'production',
    'access_token' => 'access_token$production$«lower:16#bt-merchant»$«hex:32#bt-token»', ⟦S portal-braintree⟧
];
`;

export const UI_LABELS_TS = `// Translation keys of the settings screens (values live in config/locales)
export const LABELS = {
  API_TOKEN_LABEL: 'settings.api_token.label', ⟦D labels-api-token⟧
  PASSWORD_PLACEHOLDER: 'settings.security.password_placeholder', ⟦D labels-password⟧
  CLIENT_SECRET_HELP: 'integrations.oauth.client_secret_help', ⟦D labels-client-secret⟧
  WEBHOOK_SECRET_ROTATE_CONFIRM: 'webhooks.secret.rotate_confirm', ⟦D labels-webhook-secret⟧
} as const;
`;

// ---- Spring Boot tax engine ---------------------------------------------------------------------------------------

export const TAX_APPLICATION_YML = `spring:
  application:
    name: tax-engine
  datasource:
    url: jdbc:postgresql://tax-db.internal.ledgerly.io:5432/tax
    username: tax_engine
    password: «pwh#tax-db» ⟦S taxyml-db⟧
  jpa:
    open-in-view: false

ledgerly:
  jwt:
    secret: \${JWT_SECRET} ⟦D taxyml-jwt-ref⟧
  avalara:
    account-id: "«digits:10#avalara-acct»" ⟦D taxyml-avalara-id⟧
    license-key: "«upper:16#avalara»" ⟦S taxyml-avalara-key⟧
  vies:
    endpoint: https://ec.europa.eu/taxation_customs/vies/rest-api
`;

export const TAX_LOCAL_PROPS = `spring.datasource.url=jdbc:postgresql://localhost:5432/tax
spring.datasource.username=tax
spring.datasource.password= ⟦D taxlocal-empty⟧
spring.mail.password=\${MAIL_PASSWORD:} ⟦D taxlocal-mail-ref⟧
`;

export const TAX_PROD_PROPS = `server.port=8443
server.ssl.key-store=classpath:tax-engine.p12
server.ssl.key-store-password=«storepw#tax-p12» ⟦S taxprod-keystore⟧
server.ssl.key-store-type=PKCS12
spring.rabbitmq.host=mq.internal.ledgerly.io
spring.rabbitmq.username=tax
spring.rabbitmq.password=«pwr#tax-rabbit» ⟦S taxprod-rabbit⟧
management.endpoints.web.exposure.include=health,info
`;

export const TAX_BEANS_XML = `<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans">
  <bean id="ratesDataSource" class="org.apache.commons.dbcp2.BasicDataSource">
    <property name="url" value="jdbc:oracle:thin:@//rates.legacy.ledgerly.io:1521/RATES"/>
    <property name="username" value="RATES_RO"/>
    <property name="password" value="«pwr#oracle-rates»"/> ⟦S beans-oracle-pw⟧
  </bean>
  <bean id="passwordEncoder" class="org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder"/> ⟦D beans-encoder⟧
</beans>
`;

export const VAT_CLIENT_JAVA = `package io.ledgerly.tax.vat;

public final class VatRatesClient {
    private static final String VATLAYER_ACCESS_KEY = "«hex:32#vatlayer»"; ⟦S java-vatlayer⟧
    private static final String VIES_USER_AGENT = "ledgerly-tax-engine/1.9";
    private final String fallbackKey = System.getenv("VATLAYER_FALLBACK_KEY"); ⟦D java-getenv⟧
}
`;

// ---- ASP.NET ERP connector ----------------------------------------------------------------------------------------

export const APPSETTINGS = `{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Erp": "Server=tcp:ledgerly-erp.database.windows.net,1433;Initial Catalog=erp_sync;User ID=erp_sync;Password=«pwr#erp-sql»;Encrypt=True;" ⟦S appsettings-sql⟧
  },
  "Datev": {
    "ClientId": "«uuid#datev-client»", ⟦D appsettings-datev-id⟧
    "ClientSecret": "«alnum:32#datev-secret»" ⟦S appsettings-datev-secret⟧
  },
  "ApplicationInsights": {
    "ConnectionString": "InstrumentationKey=«uuid#appinsights»;IngestionEndpoint=https://germanywestcentral-1.in.applicationinsights.azure.com/" ⟦D appsettings-appinsights⟧
  }
}
`;

export const APPSETTINGS_DEV = `{
  "ConnectionStrings": {
    "Erp": "Server=localhost,1433;Database=erp_sync;User Id=sa;Password=Your_password123;TrustServerCertificate=True" ⟦D appsettings-dev-mcr⟧
  },
  "Storage": { "ConnectionString": "UseDevelopmentStorage=true" } ⟦D appsettings-dev-azurite⟧
}
`;

export const WEB_CONFIG_V1 = `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="SapUser" value="RFC_LEDGERLY" /> ⟦D webconfig-sapuser⟧
    <add key="SapPassword" value="«pwh#sap-rfc»" /> ⟦S webconfig-sap-pw⟧
    <add key="ClientValidationEnabled" value="true" />
    <add key="SapPasswordPolicyUrl" value="https://wiki.ledgerly.io/sap/password-policy" /> ⟦D webconfig-policy-url⟧
  </appSettings>
  <connectionStrings>
    <add name="Archive" connectionString="Data Source=ARCHIVE01;Initial Catalog=Invoices;Integrated Security=True" /> ⟦D webconfig-integrated⟧
  </connectionStrings>
  <system.web>
    <machineKey validationKey="«hex:128#machinekey-v»" decryptionKey="«hex:48#machinekey-d»" validation="HMACSHA256" decryption="AES" /> ⟦S webconfig-machinekey⟧
  </system.web>
</configuration>
`;

export const WEB_CONFIG_V2 = WEB_CONFIG_V1.replace(
  '    <add key="SapPassword" value="«pwh#sap-rfc»" /> ⟦S webconfig-sap-pw⟧',
  '    <add key="SapPassword" value="#{SapPassword}#" /> ⟦D webconfig-sap-token-replace⟧',
);

export const NUGET_CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="ledgerly" value="https://pkgs.dev.azure.com/ledgerly/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <ledgerly>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="«azdo_pat#nuget-feed»" /> ⟦S nuget-cleartext⟧
    </ledgerly>
  </packageSourceCredentials>
  <apikeys>
    <add key="https://www.nuget.org" value="«nuget#publish»" /> ⟦S nuget-apikey⟧
  </apikeys>
</configuration>
`;

export const SAP_CLIENT_CS = `using System.Net;

namespace Ledgerly.ErpConnector.Sap;

public sealed class SapClient
{
    private static readonly string ConfiguredPassword = Environment.GetEnvironmentVariable("SAP_PASSWORD") ?? ""; ⟦D cs-getenv⟧

    // the gateway user for the OData service; the RFC user's password is in Web.config
    private static readonly NetworkCredential ODataUser = new("ODATA_LEDGERLY", "«pwr#sap-odata»"); ⟦S cs-networkcredential⟧
}
`;

// ---- NestJS gateway -----------------------------------------------------------------------------------------------

export const ORMCONFIG_JSON = `{
  "type": "postgres",
  "host": "gateway-db.internal.ledgerly.io",
  "port": 5432,
  "username": "gateway",
  "password": "«pwr#gateway-db»", ⟦S ormconfig-pw⟧
  "database": "gateway",
  "synchronize": false
}
`;

export const ORMCONFIG_TS = `import { DataSource } from 'typeorm';

export default new DataSource({
  type: 'postgres',
  host: process.env.DB_HOST,
  username: process.env.DB_USER,
  password: process.env.DB_PASSWORD, ⟦D ormconfig-ts-env⟧
  database: 'gateway',
});
`;

export const GATEWAY_CONFIGURATION_TS = `export default () => ({
  port: parseInt(process.env.PORT ?? '3000', 10),
  jwtSecret: process.env.JWT_SECRET ?? '', ⟦D gwconf-jwt-empty⟧
  webhookSigningSecret: process.env.WEBHOOK_SIGNING_SECRET || '«hex:48#gw-webhook»', ⟦S gwconf-webhook-fallback⟧
  rateLimit: { ttl: 60, limit: 120 },
  passwordMinLength: 12, ⟦D gwconf-minlen⟧
});
`;

export const GATEWAY_AUTH_CONSTANTS = `// From the NestJS authentication recipe; the real value comes from ConfigService in auth.module.ts.
export const jwtConstants = {
  secret: 'DO NOT USE THIS VALUE. INSTEAD, CREATE A COMPLEX SECRET AND KEEP IT SAFE OUTSIDE OF THE SOURCE CODE.', ⟦D nest-doc-secret⟧
};
`;

export const GATEWAY_OPENAI = `import OpenAI from 'openai';

// invoice line-item categorisation (beta customers only)
export const openai = new OpenAI({ apiKey: '«openai#gateway»' }); ⟦S gw-openai⟧

export const CATEGORY_PROMPT_ID = 'pmpt_«hex:48#prompt-id»'; ⟦D gw-prompt-id⟧
`;

export const GATEWAY_ALGOLIA = `import algoliasearch from 'algoliasearch';

// search-only key: safe in the browser, restricted to the public help-center index
export const helpSearch = algoliasearch('«upper:10#algolia-app»', '«hex:32#algolia-search»'); ⟦D gw-algolia-search⟧
export const adminClient = algoliasearch('«upper:10#algolia-app»', process.env.ALGOLIA_ADMIN_KEY!); ⟦D gw-algolia-admin-env⟧
`;

export const GATEWAY_E2E = `import request from 'supertest';

// the jwt.io sample token: signature does not verify with our key, the guard must reject it
const FOREIGN_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'; ⟦D e2e-jwtio⟧

it('rejects a token signed by someone else', async () => {
  await request(app.getHttpServer()).get('/v2/invoices').set('Authorization', \`Bearer \${FOREIGN_TOKEN}\`).expect(401); ⟦D e2e-bearer-var⟧
});
`;

export const GATEWAY_SUPABASE = `import { createClient } from '@supabase/supabase-js';

// receipts OCR results live in the data team's Supabase project
const SUPABASE_URL = 'https://«lower:20#sb-ref».supabase.co'; ⟦D gw-supabase-url⟧
export const receipts = createClient(SUPABASE_URL, '«jwt_service#gateway»'); ⟦S gw-supabase-service⟧
`;

export const GATEWAY_REPLICATE = `import Replicate from 'replicate';

// receipt image clean-up before OCR
export const replicate = new Replicate({ auth: '«replicate#gateway»' }); ⟦S gw-replicate⟧
`;

// ---- Python data scripts ------------------------------------------------------------------------------------------

export const EXPORT_S3_PY = `"""Nightly export of paid invoices to the finance team's bucket."""
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="«akia#export»", ⟦S export-akia⟧
    aws_secret_access_key="«awssecret#export»", ⟦S export-aws-secret⟧
)


def upload(path: str) -> None:
    s3.upload_file(path, "ledgerly-finance-exports", path.rsplit("/", 1)[-1])
`;

export const DUNNING_PY = `import os

import requests

MAILGUN = "https://api.eu.mailgun.net/v3/mg.ledgerly.io/messages"


def send(to: str, subject: str, html: str) -> None:
    requests.post(MAILGUN, auth=("api", "«mailgun2#dunning»"), data={"to": to, "subject": subject, "html": html}) ⟦S dunning-auth-tuple⟧


def send_staging(to: str, subject: str) -> None:
    requests.post(MAILGUN, auth=("api", os.environ["MAILGUN_STAGING_KEY"]), data={"to": to, "subject": subject}) ⟦D dunning-auth-env⟧
`;

export const NEWSLETTER_PY = `"""Sync trial sign-ups to the newsletter audience (marketing asked for it weekly)."""
from mailchimp_marketing import Client

client = Client()
client.set_config({"api_key": "«mailchimp:us14#newsletter»", "server": "us14"}) ⟦S newsletter-mailchimp⟧
AUDIENCE_ID = "«hex:10#audience»" ⟦D newsletter-audience⟧
`;

export const WAREHOUSE_DB_PY = `import os

from sqlalchemy import create_engine

WAREHOUSE_URL = "postgresql+psycopg2://etl:«pwu#warehouse»@dw.internal.ledgerly.io:5432/warehouse" ⟦S warehouse-url⟧


def engine_for(user: str, password: str, host: str):
    return create_engine(f"postgresql+psycopg2://{user}:{password}@{host}:5432/warehouse") ⟦D warehouse-fstring⟧


LOCAL = create_engine(os.getenv("WAREHOUSE_URL", "postgresql://localhost/warehouse")) ⟦D warehouse-local⟧
`;

export const GEOCODE_PY = `import requests

# server-side geocoding of customer billing addresses (key restricted to the Geocoding API, not to a referrer)
GOOGLE_GEOCODING_KEY = "«aiza#geocode-server»" ⟦S geocode-aiza⟧


def geocode(address: str) -> dict:
    r = requests.get("https://maps.googleapis.com/maps/api/geocode/json", params={"address": address, "key": GOOGLE_GEOCODING_KEY})
    return r.json()
`;

export const LLM_CLASSIFY_PY = `import anthropic
from huggingface_hub import login

login(token="«hf#classify»") ⟦S classify-hf⟧
client = anthropic.Anthropic(api_key="«anthropic#classify»") ⟦S classify-anthropic⟧
MODEL = "claude-3-5-sonnet-20241022"
SHA_OF_LABELS = "«hex:64#labels-sha»"  # sha256 of labels.csv, checked before each run ⟦D classify-sha⟧
`;

export const CHURN_NOTEBOOK_V1 = `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "host=https://dbc-«hex:8#dbc».cloud.databricks.com\\n", ⟦D churn-nb-host⟧
      "token=«databricks#churn»\\n" ⟦S churn-nb-databricks⟧
     ]
    }
   ],
   "source": [
    "print(f\\"host={os.environ['DATABRICKS_HOST']}\\")\\n",
    "print(f\\"token={os.environ['DATABRICKS_TOKEN']}\\")" ⟦D churn-nb-env-source⟧
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "data": { "text/plain": ["'sha256:«hex:64#churn-image»'"] }, ⟦D churn-nb-digest⟧
     "execution_count": 4,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": ["spark.conf.get('spark.databricks.clusterUsageTags.sparkImageDigest')"]
  }
 ],
 "metadata": { "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
`;

export const CHURN_NOTEBOOK_V2 = `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "print(f\\"host={os.environ['DATABRICKS_HOST']}\\")\\n",
    "print(f\\"token={os.environ['DATABRICKS_TOKEN']}\\")" ⟦D churn-nb-env-source⟧
   ]
  }
 ],
 "metadata": { "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
`;
