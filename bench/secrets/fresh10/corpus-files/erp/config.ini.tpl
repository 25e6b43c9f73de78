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
smtp_host = smtp-relay.brevo.com
smtp_user = tech@maisonverte.fr
smtp_password = «brevo_smtp#erp» ⟦S ini-smtp⟧
alerts_to = tech@maisonverte.fr
