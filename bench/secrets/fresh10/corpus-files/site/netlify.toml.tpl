[build]
  base = "site"
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  PUBLIC_ALGOLIA_APP_ID = "«algolia_app#mv»" ⟦D nt-algolia-app⟧
  PUBLIC_ALGOLIA_SEARCH_KEY = "«hex:32#algolia-search»" ⟦D nt-algolia-search⟧
  PUBLIC_KLAVIYO_COMPANY_ID = "«klaviyo_site#mv»" ⟦D nt-klaviyo-site⟧

[context.deploy-preview.environment]
  SANITY_PREVIEW = "true"

[[redirects]]
  from = "/boutique/*"
  to = "https://shop.maisonverte.fr/collections/:splat"
  status = 301

[[redirects]]
  from = "/blog/*"
  to = "https://blog.maisonverte.fr/:splat"
  status = 301

[[plugins]]
  package = "@netlify/plugin-lighthouse"
