APP_NAME="MV Back-office"
APP_ENV=local
APP_KEY= ⟦D be-appkey⟧
APP_DEBUG=true
APP_URL=http://localhost:8000

LOG_CHANNEL=daily
LOG_LEVEL=debug

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=backoffice
DB_USERNAME=root
DB_PASSWORD= ⟦D be-dbpw⟧

REDIS_HOST=127.0.0.1
REDIS_PASSWORD=null ⟦D be-redis⟧
REDIS_PORT=6379

MAIL_MAILER=smtp
MAIL_HOST=mailpit
MAIL_PORT=1025
MAIL_USERNAME=null
MAIL_PASSWORD=null ⟦D be-mailpw⟧

# Payments — sandbox credentials are in 1Password ("MV sandbox keys")
PAYPAL_MODE=sandbox
PAYPAL_CLIENT_ID=
PAYPAL_CLIENT_SECRET=your-paypal-sandbox-secret ⟦D be-paypal⟧
ADYEN_ENVIRONMENT=test
ADYEN_API_KEY=AQE...replace-me ⟦D be-adyen⟧
ADYEN_MERCHANT_ACCOUNT=MaisonVerteECOM
ADYEN_HMAC_KEY=
KLARNA_USERNAME=
KLARNA_PASSWORD=
MOLLIE_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ⟦D be-mollie⟧

# Shipping
SENDCLOUD_PUBLIC_KEY=
SENDCLOUD_SECRET_KEY=
SHIPSTATION_API_KEY=
SHIPSTATION_API_SECRET=

# Marketing
META_PIXEL_ID=
META_CAPI_TOKEN=<system user token> ⟦D be-meta⟧
TIKTOK_PIXEL_CODE=
TIKTOK_ACCESS_TOKEN=
