// Release configuration
PRODUCT_BUNDLE_IDENTIFIER = health.carebridge.patient
MARKETING_VERSION = 1.4.0
API_BASE_URL = https:/$()/api.carebridge.health
SENTRY_DSN = «sentry_dsn:4507219#ios» ⟦D xc-sentry⟧
// used by the upload-symbols build phase
SENTRY_AUTH_TOKEN = sntrys_«alnum:64#sentry-auth» ⟦S xc-sentry-auth⟧
CODE_SIGN_STYLE = Manual
DEVELOPMENT_TEAM = «alnum:10#teamid» ⟦D xc-team⟧
