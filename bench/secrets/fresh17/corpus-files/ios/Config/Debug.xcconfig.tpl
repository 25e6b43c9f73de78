// Debug configuration
#include "Release.xcconfig"
API_BASE_URL = https:/$()/api.staging.carebridge.health
SENTRY_DSN =
STRIPE_PUBLISHABLE_KEY = «stripe_pk:test#ios» ⟦D xc-stripe-pk-test⟧
