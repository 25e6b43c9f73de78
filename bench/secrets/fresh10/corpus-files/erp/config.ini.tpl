; Odoo connector settings (read by odoo_sync.py)
[odoo]
url = https://erp.maisonverte.fr
db = maisonverte-prod
login = connector@maisonverte.fr

[magento]
base_url = https://www.maisonverte.fr/rest/V1
; integration "ERP connector" (System > Integrations), access token
access_token = «magento_token#erp» ⟦S ini-magento⟧

[shopify]
shop = maisonverte.myshopify.com
api_version = 2024-01
admin_token = «shpat#erp» ⟦S ini-shopify⟧

[mail]
; alerts go through the local postfix on mv-app-01 (relays to Brevo)
smtp_host = localhost
alerts_to = tech@maisonverte.fr
