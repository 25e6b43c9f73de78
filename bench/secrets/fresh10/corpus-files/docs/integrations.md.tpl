# Integrations

How the pieces talk to each other. Credentials are NOT in this file: they are in 1Password, vault "Maison Verte — Tech".

## Orders

1. Checkout on Magento (until the Shopify cut-over), payment by Adyen (cards, Bancontact, iDEAL), PayPal or Klarna.
2. The back-office pulls paid orders every 5 minutes (`php artisan orders:pull`) and pushes them to Odoo through
   `erp/odoo_sync.py`.
3. Labels: Sendcloud for FR/BE/NL, ShipStation (Leeds 3PL) for the UK.
4. Server-side conversion events go to Meta (Conversions API) and TikTok (Events API) from the back-office, with the
   same `event_id` as the browser pixels so the platforms de-duplicate them.

## B2B leads (landscapers, restaurants)

The "Devenir partenaire" form on the content site posts to a Zapier catch hook, which creates a lead in Odoo CRM and
a row in the "Leads B2B" Google Sheet:

    https://hooks.zapier.com/hooks/catch/«digits:8#zap-acct»/«lower:6#zap-hook»/ ⟦S int-zapier⟧

Anyone who has this URL can create leads, so do not publish it in the front-end JS — the Netlify function
`partner-lead` forwards the form server-side.

## Pixels and public ids (fine to share)

| what                    | value                          |
|-------------------------|--------------------------------|
| Meta pixel              | `«meta_pixel#mv»` | ⟦D int-pixel⟧
| TikTok pixel            | `«tiktok_pixel#mv»` | ⟦D int-tiktok⟧
| Klaviyo public key      | `«klaviyo_site#mv»` | ⟦D int-klaviyo⟧
| Google Merchant Center  | `«digits:9#merchant»` | ⟦D int-merchant⟧
| Algolia application id  | `«algolia_app#mv»` |

## Webhooks we receive

| from      | URL                                              | verified with                           |
|-----------|--------------------------------------------------|-----------------------------------------|
| Adyen     | `https://bo.maisonverte.fr/webhooks/adyen`       | HMAC key (`ADYEN_HMAC_KEY`)             | ⟦D int-hmac-name⟧
| PayPal    | `https://bo.maisonverte.fr/webhooks/paypal`      | webhook id + PayPal's verify API        |
| Sendcloud | `https://companion.maisonverte.fr/webhooks/sendcloud` | `Sendcloud-Signature` (HMAC-SHA256) |
| Shopify   | `https://companion.maisonverte.fr/webhooks`      | `X-Shopify-Hmac-Sha256`                 |
