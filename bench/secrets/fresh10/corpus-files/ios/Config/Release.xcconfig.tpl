#include "Shared.xcconfig"
#include? "Pods/Target Support Files/Pods-MaisonVerte/Pods-MaisonVerte.release.xcconfig"

API_BASE_URL = https:/$()/bo.maisonverte.fr/api
// Storefront API tokens are meant for public clients (unauthenticated_read_* scopes only)
STOREFRONT_ACCESS_TOKEN = «storefront#prod» ⟦D xcr-storefront⟧
ADYEN_CLIENT_KEY = live_«upper:32#adyen-client» ⟦D xcr-adyen⟧
ADYEN_ENVIRONMENT = live-eu

// the back-office API key the app uses for stock lookups — TODO move behind the storefront
BACKOFFICE_API_KEY = «alnum:40#bo-app-key» ⟦S xcr-bo-key⟧
