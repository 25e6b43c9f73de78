# staging box -- not worth vaulting, it only has seed data
django_settings_module: homestead.settings.production
django_secret_key: "«django#staging»" ⟦S ans-stg-secret⟧
database_url: "postgres://homestead:«pwr#stg-db»@stg-db.internal:5432/homestead" ⟦S ans-stg-db⟧
stripe_secret_key: "«sk_test#staging»" ⟦S ans-stg-stripe⟧
mailgun_api_key: "«mailgun_key#staging»" ⟦S ans-stg-mailgun⟧
basic_auth_users:
  - "preview:«weak#stg-basic»" ⟦S ans-stg-basic⟧
