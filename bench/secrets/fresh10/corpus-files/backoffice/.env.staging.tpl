APP_NAME="MV Back-office (staging)"
APP_ENV=staging
APP_KEY=«laravel#bo-staging» ⟦S stg-appkey⟧
APP_DEBUG=false
APP_URL=https://bo-staging.maisonverte.fr

LOG_CHANNEL=daily
LOG_LEVEL=info

DB_CONNECTION=mysql
DB_HOST=10.0.0.12
DB_PORT=3306
DB_DATABASE=backoffice_staging
DB_USERNAME=bo_staging
DB_PASSWORD=${STAGING_DB_PASSWORD} ⟦D stg-db-ref⟧

REDIS_HOST=10.0.0.13
REDIS_PASSWORD=null
REDIS_PORT=6379

MAIL_MAILER=log

PAYPAL_MODE=sandbox
PAYPAL_CLIENT_ID=«paypal_id#sandbox» ⟦D stg-paypal-id⟧
PAYPAL_CLIENT_SECRET=«paypal_secret#sandbox» ⟦S stg-paypal-secret⟧
ADYEN_ENVIRONMENT=test
ADYEN_API_KEY=
ADYEN_MERCHANT_ACCOUNT=MaisonVerteECOM
ADYEN_HMAC_KEY=
KLARNA_USERNAME=«klarna_user#playground»
KLARNA_PASSWORD=«klarna_pw:test#playground» ⟦S stg-klarna⟧

