# Maison Verte — tech monorepo

Everything that runs maisonverte.fr lives here. Built by Studio Ronce (2021–2024), maintained in-house by Camille
since March 2024 (see docs/HANDOVER.md and docs/SECURITY-CLEANUP.md).

## Layout

| folder         | what                                                        | runs on                     |
|----------------|-------------------------------------------------------------|-----------------------------|
| `shopify-app/` | Shopify app "Companion" (Remix): loyalty block, Klaviyo     | Fly.io `mv-companion`       |
| `magento/`     | Magento 2.4.6 store — **read-only since April 2024**         | OVH VPS `mv-web-01`         |
| `blog/`        | WordPress + WooCommerce blog / gift cards                   | OVH VPS `mv-web-01`         |
| `backoffice/`  | Laravel 10 back-office: orders, refunds, labels, payments   | OVH VPS `mv-app-01`         |
| `cms/`         | Strapi 4 (lookbook, care guides)                             | OVH VPS `mv-app-01`         |
| `site/`        | Astro content site                                           | Netlify                     |
| `content/`     | Sanity studio + migration scripts                            | sanity.studio               |
| `ios/`         | iOS app (SwiftUI, fastlane)                                  | App Store                   |
| `feeds/`, `erp/`, `cron/` | Google Merchant feeds, Odoo connector, cron jobs | `mv-app-01`                 |

## Local development

```sh
cp backoffice/.env.example backoffice/.env   # then fill in the keys from 1Password
docker compose up -d
cd shopify-app && npm install && shopify app dev
```

The dev stack uses throwaway credentials (`magento` / `magento` for MySQL, see docker-compose.yml). Never point it at
the production database.

Magento admin on the dev stack: http://localhost:8080/admin_mv, user `admin`, password `admin123` (local only). ⟦D readme-local-admin⟧
(Created by `setup:install` in the container.)

The read-only Magento copy at https://www.maisonverte.fr/staging/ is for looking up old orders; log in with
`compta` / `«pwh#staging-compta»` (basic auth, shared with the accountant). ⟦S readme-staging⟧

## Deploy

- Shopify app: `fly deploy` from `shopify-app/` (secrets with `fly secrets set`, never in `.env` files).
- Site: push to `main`, GitHub Actions deploys to Netlify.
- Magento and the blog: by hand (`git pull`), Magento is frozen except for security patches.
