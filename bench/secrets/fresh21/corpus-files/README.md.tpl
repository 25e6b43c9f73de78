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

## Who to ask

- Priya (Drupal, CiviCRM, hosting)
- Tomás (ETL, Salesforce, Apps Script)
- Volunteers: see docs/volunteer-onboarding.md
