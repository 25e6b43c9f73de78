langcode: en
mode: live
currency: USD
suggested_amounts:
  - 25
  - 50
  - 100
  - 250
monthly_default: true
stripe:
  publishable_key: «pk_live#donate» ⟦D cfg-stripe-pk⟧
  secret_key: '' ⟦D cfg-stripe-sk-empty⟧
  monthly_price: «stripe_price#monthly» ⟦D cfg-stripe-price⟧
  product: «stripe_prod#donation» ⟦D cfg-stripe-prod⟧
paypal:
  client_id: A«b64url:79#paypal-client-id» ⟦D cfg-paypal-client⟧
  environment: live
thank_you_page: /node/412
_core:
  default_config_hash: «b64url:43#cfg-hash» ⟦D cfg-core-hash⟧
