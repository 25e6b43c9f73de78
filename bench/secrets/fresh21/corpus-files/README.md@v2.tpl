# Open Harbor — digital

Everything the digital team runs: the main Drupal site (openharbor.org), CiviCRM for contacts and memberships,
the Harbor Lights campaign microsite (WordPress), the donor ETL between Salesforce NPSP, Airtable, Mailchimp and
the warehouse, and the Google Apps Script projects the programmes team uses.

## Local setup

```bash
lando start
lando composer install
lando drush site:install --existing-config -y
lando drush uli
```

The local database is `drupal` / `drupal` on the Lando container (see `.lando.yml`). ⟦D readme-lando⟧
Copy `web/sites/default/example.settings.local.php` to `settings.local.php` for dev overrides.

## Secrets

Production secrets live in Bitwarden (collection "Digital – prod"). The VPS reads them from
`/etc/openharbor/etl.env` (mode 600, owned by `etl`). Never commit `.env`, `settings.local.php` or `.clasprc.json`.

To run the ETL locally: `export SF_PASSWORD=...` etc. — the names are in `etl/.env.example`.
Stripe: use the test keys from the Stripe dashboard (`sk_test_...`), never the live ones. ⟦D readme-sktest⟧

## Who to ask

- Priya (Drupal, CiviCRM, hosting)
- Tomás (ETL, Salesforce, Apps Script)
- Volunteers: see docs/volunteer-onboarding.md
