# Ordertrail

Order management for wholesalers (Großhandel): customer price lists, orders by web shop, EDI and the desktop
client, picking lists, shipping labels (UPS/FedEx), invoices and the DATEV export.

Converted from Subversion in 2017 (last SVN revision r4812, see `docs/MIGRATION.md`). The SVN UUID is
`«uuid#svnrepo»`; it is kept so old `git-svn-id` lines still resolve. ⟦D readme-svn-uuid⟧

## Layout

| Folder | What |
| --- | --- |
| `application/` | CodeIgniter web shop and back office (PHP 7.2 since 2019) |
| `application/configs/` | the Zend Framework 1 parts (reports, PDF invoices) |
| `admin/` | Java Struts 2 admin module (Tomcat 7 on app2) |
| `cgi-bin/` | Perl CGI: order export, EDI, newsletter sync |
| `desktop/` | Windows client (VB.NET), ODBC DSNs for the office, OTKasse config |
| `integrations/` | DATEV, SAP Business One (branch), shipping |
| `ops/` | backup scripts, `.my.cnf` template |

## Local setup

1. `cp .env.example .env` is **not** a thing here: set `OT_DB_HOST`, `OT_DB_USER`, `OT_DB_PASS` in your Apache
   vhost with `SetEnv` (see `.htaccess`, which passes them through). ⟦D readme-setenv-prose⟧
2. `mysql -u root -p ordertrail_test < tests/fixtures/users.sql`
3. Point Apache at `public/` and enable `mod_rewrite`.

## Secrets

Production credentials are in the office KeePass (`\\FILESRV\IT\ordertrail.kdbx`), not here. If you find one in this
repository, tell Klaus and we rotate it. PayPal sandbox endpoints (`api-3t.sandbox.paypal.com`) are fine to keep. ⟦D readme-sandbox-prose⟧
