VITE_API_BASE=https://api.homestead-rentals.com/api
VITE_STRIPE_PUBLISHABLE_KEY=«pk_live#frontend» ⟦D vitep-stripe-pk⟧
VITE_MAPBOX_TOKEN=«mapbox_pk_hs#prod» ⟦D vitep-mapbox-pk⟧
VITE_GOOGLE_MAPS_KEY=«aiza#maps-browser» ⟦D vitep-maps-key⟧
VITE_SENTRY_DSN=«sentry_dsn#frontend» ⟦D vitep-sentry-dsn⟧
# geocoding of landlord addresses runs in the browser for the draft form
VITE_MAPBOX_GEOCODE_TOKEN=«mapbox_sk_hs#geocode» ⟦S vitep-mapbox-sk⟧
VITE_HUBSPOT_PORTAL_ID=44120987
