apiVersion: v1
kind: ConfigMap
metadata:
  name: homestead-config
  namespace: homestead
data:
  DJANGO_SETTINGS_MODULE: homestead.settings.production
  ALLOWED_HOSTS: homestead-rentals.com,api.homestead-rentals.com
  TWILIO_ACCOUNT_SID: "«twilio_sid#prod»" ⟦D cm-twilio-sid⟧
  TWILIO_API_KEY_SID: "«twilio_sk#prod-api»" ⟦D cm-twilio-sk⟧
  CLOUDFRONT_KEY_ID: "«cf_keyid#prod»" ⟦D cm-cf-keyid⟧
  CLOUDFLARE_ZONE_ID: "«cf_zone#prod»" ⟦D cm-cf-zone⟧
  SENTRY_ENVIRONMENT: production
