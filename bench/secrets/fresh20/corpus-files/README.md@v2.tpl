# Homestead

Rental marketplace: landlords list units, tenants apply, sign the lease through DocuSign and pay rent through
Stripe Connect. Django 4.2 + Celery back end, Vue 3 front end in `frontend/`.

## Local setup

```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
cp .env.example .env          # then fill in the values from 1Password ("Homestead dev" vault)
./manage.py migrate
./manage.py seed_landlords
```

The seed prints a random admin password; set `SEED_ADMIN_PASSWORD=<choose-one>` to pick your own. ⟦D readme2-seed-ph⟧

Front end:

```bash
cd frontend && npm ci && npm run dev
```

## Integrations

- DocuSign: demo account, integration key `«guid#docusign-ikey-demo»`, see `integrations/docusign/`. ⟦D readme2-ds-ikey⟧
- Stripe Connect: test mode locally, use `sk_test_...` from the dashboard (never the live key). ⟦D readme2-stripe-ph⟧
- MLS: we pull from the regional RETS server nightly (`listings.tasks.pull_mls`).

## Deploying

GitLab CI builds the images and `ansible-playbook -i ansible/inventory/production.yml site.yml --ask-vault-pass`
rolls them out. Secrets live in the Ansible vault and in GitLab CI/CD variables (masked), not in this repository.
