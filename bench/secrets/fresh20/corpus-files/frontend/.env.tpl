VITE_API_BASE=http://localhost:8000/api
VITE_STRIPE_PUBLISHABLE_KEY=«pk_test#base» ⟦D vite-stripe-pk⟧
VITE_MAPBOX_TOKEN=«mapbox_pk_hs#base» ⟦D vite-mapbox-pk⟧
VITE_GOOGLE_MAPS_KEY=«aiza#maps-browser» ⟦D vite-maps-key⟧
VITE_SENTRY_ENVIRONMENT=development
