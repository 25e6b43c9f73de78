# Maison Verte — handover from Studio Ronce

_Prepared by Bastien Morel (Studio Ronce), 29 February 2024, for Camille Durand (Maison Verte)._
_Cleaned up by Camille on 11 March 2024: passwords moved to 1Password, vault "Maison Verte — Tech"._

This document lists everything Studio Ronce built or configured for Maison Verte, where it runs and how to get in.

## Servers

- **mv-web-01** (OVH VPS, Gravelines): Magento, WordPress, nginx. SSH as `deploy` with your own key (the agency's
  key was removed from `authorized_keys`). Root password: 1Password "mv-web-01 root". ⟦D ho2-root⟧
- **mv-app-01**: back-office (Laravel), cron jobs, feeds, Odoo connector.
- **erp.maisonverte.fr**: Odoo 16, hosted by Odoo.sh (not us).

## Accounts

| service                | where                                          | login                       | password / key |
|------------------------|------------------------------------------------|-----------------------------|----------------|
| Shopify (staff)        | admin.shopify.com/store/maisonverte            | camille@maisonverte.fr      | personal, 2FA |
| Magento admin          | www.maisonverte.fr/admin_mv                    | `camille`                   | 1Password "Magento admin" |
| WordPress              | blog.maisonverte.fr/wp-admin                   | `mv-admin`                  | 1Password "WordPress admin" | ⟦D ho2-wp⟧
| OVH manager            | ovh.com/manager                                | `mb12345-ovh`               | 1Password "OVH" (2FA on the shop's phone) |
| Netlify                | app.netlify.com/teams/maisonverte              | CI token for deploys        | GitHub secret `NETLIFY_AUTH_TOKEN` | ⟦D ho2-netlify⟧
| Apple Developer        | developer.apple.com                            | apps@maisonverte.fr         | 1Password "Apple ID" |
| Google Merchant Center | merchants.google.com                           | tech@maisonverte.fr         | Google account |

The shop's back-room Wi-Fi (for the label printer and the iPad till): `MV-Atelier` / `«weak#wifi»` ⟦S ho2-wifi⟧

## Payments

All payment provider logins are owned by Sophie. API keys were rotated on 11 March 2024 (see
docs/SECURITY-CLEANUP.md).

## Things we know are not great

- The iOS app ships a back-office API key in `Release.xcconfig`; it should go through the storefront instead.
- Magento must stay up (read-only) until the order history is migrated.
