#include "Shared.xcconfig"
#include? "Pods/Target Support Files/Pods-MaisonVerte/Pods-MaisonVerte.debug.xcconfig"

// xcconfig treats // as a comment, hence the $() in URLs
API_BASE_URL = https:/$()/bo-staging.maisonverte.fr/api
STOREFRONT_ACCESS_TOKEN = «storefront#dev» ⟦D xcd-storefront⟧
ADYEN_CLIENT_KEY = test_«upper:32#adyen-client-test» ⟦D xcd-adyen⟧
ADYEN_ENVIRONMENT = test
SWIFT_ACTIVE_COMPILATION_CONDITIONS = DEBUG
