app_user: homestead
app_dir: /srv/homestead
python_version: "3.12"
gunicorn_workers: 4
django_settings_module: homestead.settings.production
django_secret_key: "{{ vault_django_secret_key }}" ⟦D ans-secret-ref⟧
database_url: "postgres://homestead:{{ vault_db_password }}@db.internal:5432/homestead" ⟦D ans-db-ref⟧
stripe_secret_key: "{{ vault_stripe_secret_key }}"
docusign_private_key: "{{ lookup('file', 'files/docusign.key.vault') }}"
