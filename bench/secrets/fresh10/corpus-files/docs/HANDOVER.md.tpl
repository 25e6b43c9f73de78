# Maison Verte — handover from Studio Ronce

_Prepared by Bastien Morel (Studio Ronce), 29 February 2024, for Camille Durand (Maison Verte)._

This document lists everything Studio Ronce built or configured for Maison Verte, where it runs and how to get in.
After the handover call, please change every password below and move them into your own password manager; we will
remove our own accounts on 31 March.

## Servers

- **mv-web-01** (OVH VPS, Gravelines): Magento, WordPress, nginx. SSH as `deploy` with the key in `ops/keys/`
  (passphrase-less, sorry). Root password from the OVH install e-mail: `«pwr#ovh-root»` — root SSH login is disabled, ⟦S ho-root⟧
  but it works on the KVM console.
- **mv-app-01**: back-office (Laravel), cron jobs, feeds, Odoo connector.
- **erp.maisonverte.fr**: Odoo 16, hosted by Odoo.sh (not us).

## Accounts

| service                | where                                          | login                       | password / key |
|------------------------|------------------------------------------------|-----------------------------|----------------|
| Shopify (staff)        | admin.shopify.com/store/maisonverte            | bastien@studio-ronce.fr     | personal, 2FA — remove me |
| Magento admin          | www.maisonverte.fr/admin_mv                    | `ronce`                     | `«pwh#magento-admin-ronce»` | ⟦S ho-magento⟧
| WordPress              | blog.maisonverte.fr/wp-admin                   | `mv-admin`                  | `«pwh#wp-admin»` | ⟦S ho-wp⟧
| OVH manager            | ovh.com/manager                                | `mb12345-ovh`               | Sophie's, 2FA on the shop's phone |
| Netlify                | app.netlify.com/teams/maisonverte              | CI token for deploys        | `«netlify#ci»` | ⟦S ho-netlify⟧
| Apple Developer        | developer.apple.com                            | apps@maisonverte.fr         | in your 1Password already |
| Google Merchant Center | merchants.google.com                           | tech@maisonverte.fr         | Google account, no password here | ⟦D ho-google⟧

## Payments

All payment provider logins are owned by Sophie; we only had API credentials. Rotate the API keys when you take
over: Adyen (Customer Area > Developers > API credentials), PayPal (developer.paypal.com), Klarna (Merchant portal >
Settings > API credentials), Mollie (Dashboard > Developers).

## Things we know are not great

- The iOS app ships a back-office API key in `Release.xcconfig`; it should go through the storefront instead.
- `cms/.env` was committed at the start of the project.
- Magento must stay up (read-only) until the order history is migrated.
