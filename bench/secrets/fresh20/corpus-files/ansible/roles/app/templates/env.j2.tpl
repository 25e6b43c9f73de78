# {{ ansible_managed }}
DJANGO_SETTINGS_MODULE={{ django_settings_module }}
SECRET_KEY={{ django_secret_key }} ⟦D j2-secret⟧
DATABASE_URL={{ database_url }} ⟦D j2-db⟧
STRIPE_SECRET_KEY={{ stripe_secret_key }} ⟦D j2-stripe⟧
MAILGUN_API_KEY={{ mailgun_api_key | default('') }}
DOCUSIGN_PRIVATE_KEY_PATH={{ app_dir }}/secrets/docusign.key
