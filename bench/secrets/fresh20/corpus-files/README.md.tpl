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

Log in to the admin at http://localhost:8000/admin/ as `admin@homestead-rentals.com` with the password `«weak#readme-admin»` ⟦S readme-admin⟧
(only the local seed, please change it on any shared box).

Front end:

```bash
cd frontend && npm ci && npm run dev
```

## Integrations

- DocuSign: demo account, integration key `«guid#docusign-ikey-demo»`, see `integrations/docusign/`. ⟦D readme-ds-ikey⟧
- Stripe Connect: test mode locally, use `sk_test_...` from the dashboard (never the live key). ⟦D readme-stripe-ph⟧
- MLS: we pull from the regional RETS server nightly (`listings.tasks.pull_mls`).
