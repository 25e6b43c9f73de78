/*
  X-Frame-Options: DENY
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=()
  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-«b64bytes:32#csp-gtm»' 'sha256-«b64bytes:32#csp-klaviyo»' https://static.klaviyo.com https://www.googletagmanager.com; img-src 'self' data: https://cdn.sanity.io https://cdn.shopify.com; connect-src 'self' https://*.algolia.net https://*.algolianet.com ⟦D hd-csp⟧

/fonts/*
  Cache-Control: public, max-age=31536000, immutable

# the agency's preview of the spring campaign, until launch day
/printemps-2024/*
  Basic-Auth: ronce:«pwu#netlify-preview» ⟦S hd-basic⟧
  X-Robots-Tag: noindex
