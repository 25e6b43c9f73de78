# Maison Verte — tech monorepo

Everything that runs maisonverte.fr lives here: the legacy Magento 2 store, the blog, the back-office, the content
site, the iOS app and the glue scripts (feeds, ERP sync, cron). Built by Studio Ronce (2021–2024).

## Layout

| folder        | what                                                        | runs on                     |
|---------------|-------------------------------------------------------------|-----------------------------|
| `magento/`    | Magento 2.4.6 store (being replaced by Shopify)             | OVH VPS `mv-web-01`         |
| `blog/`       | WordPress + WooCommerce blog / gift cards                   | OVH VPS `mv-web-01`         |
| `backoffice/` | Laravel 10 back-office: orders, refunds, labels, payments   | OVH VPS `mv-app-01`         |
| `nginx/`      | vhosts for all of the above                                 |                             |

## Local development

```sh
cp backoffice/.env.example backoffice/.env   # then fill in the keys from 1Password
docker compose up -d
docker compose exec php bin/magento setup:upgrade
```

The dev stack uses throwaway credentials (`magento` / `magento` for MySQL, see docker-compose.yml). Never point it at
the production database.

Magento admin on the dev stack: http://localhost:8080/admin_mv, user `admin`, password `admin123` (local only). ⟦D readme-local-admin⟧
(Created by `setup:install` in the container.)

## Deploy

Magento and the blog are deployed by hand (`git pull` + `bin/magento setup:static-content:deploy fr_FR en_US`).
