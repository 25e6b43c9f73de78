# Security clean-up after the agency handover (March 2024)

Camille, 11 March 2024. What was found in this repository and what was done about it. We did **not** rewrite git
history (too many clones on agency laptops); everything that was ever committed was rotated instead.

| what                                        | where it was                               | done                                  |
|---------------------------------------------|--------------------------------------------|---------------------------------------|
| Shopify app secret + companion DB password  | `shopify-app/.env`                         | app secret rotated in the Partner dashboard, DB password changed |
| Back-office staging `.env`                  | `backoffice/.env.staging`                  | APP_KEY regenerated, sandbox keys rotated |
| App Store Connect API key                   | `ios/fastlane/AuthKey_7QK3M2ZP4D.p8`       | key revoked in App Store Connect, new key only in CI secrets |
| agency deploy SSH key                       | `ops/keys/mv_deploy`                       | removed from `authorized_keys` on both servers |
| Meta CAPI system-user token                 | `MetaConversions.php`                      | token regenerated, now `META_CAPI_TOKEN` |
| Sanity viewer token                         | `site/src/lib/sanity.ts`                   | token deleted, new one in Netlify env |
| Klaviyo private key of the newsletter function | `site/netlify/functions/newsletter.ts`  | revoked; new key in Netlify env |

For the record, the revoked Klaviyo key was `«klaviyo_pk#site»` (revoked 2024-03-11, returns 401) so that anyone ⟦D cl-revoked⟧
grepping old logs can recognise it.

New deploy key fingerprint (Camille's laptop): `SHA256:«b64bytes:32#camille-fp»` ⟦D cl-fp⟧

Still to do:

- `cms/.env` is still tracked (the `.gitignore` line does not untrack it): rotate Strapi's keys and `git rm --cached`.
- iOS `BACKOFFICE_API_KEY` — needs a storefront endpoint first.
- ShipStation basic auth is still hard-coded in `ShipStationClient.php`.
