// Shared build settings for the Maison Verte app. Values here end up in Info.plist and therefore in the app
// bundle: only public identifiers and client-side keys belong in this file.

MARKETING_VERSION = 2.4.0
CURRENT_PROJECT_VERSION = 118
PRODUCT_BUNDLE_IDENTIFIER = fr.maisonverte.app
DEVELOPMENT_TEAM = «apple_id10#team» ⟦D xc-team⟧

SHOP_DOMAIN = maisonverte.myshopify.com
KLAVIYO_PUBLIC_KEY = «klaviyo_site#mv» ⟦D xc-klaviyo⟧
ALGOLIA_APP_ID = «algolia_app#mv»
ALGOLIA_SEARCH_KEY = «hex:32#algolia-search» ⟦D xc-algolia⟧
FACEBOOK_APP_ID = «digits:15#fb-app» ⟦D xc-fb-app⟧
FACEBOOK_CLIENT_TOKEN = «hex:32#fb-client-token» ⟦D xc-fb-client⟧
