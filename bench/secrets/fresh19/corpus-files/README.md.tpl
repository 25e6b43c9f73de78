# Ordertrail

Order management for wholesalers (Großhandel): customer price lists, orders by web shop, EDI and the desktop
client, picking lists, shipping labels (UPS/FedEx), invoices and the DATEV export.

This repository was converted from Subversion (`svn.ordertrail.de/repos/ordertrail/trunk`, last revision r4812)
with `git svn`. The SVN UUID is `«uuid#svnrepo»`; it is kept so old `git-svn-id` lines still resolve. ⟦D readme-svn-uuid⟧

## Layout

| Folder | What |
| --- | --- |
| `application/` | CodeIgniter 1.7 web shop and back office (PHP 5.2, yes really) |
| `application/configs/` | the Zend Framework 1 parts (reports, PDF invoices) |
| `cgi-bin/` | Perl CGI: order export, EDI, newsletter sync |
| `crontab/`, `scripts/` | nightly jobs, FTP drops to customers |
| `phpmyadmin/` | the phpMyAdmin config we use on db1 |

## Local setup

1. Copy `application/config/database.php` and set your own local MySQL user.
2. `mysql -u root -p ordertrail < sql/ordertrail_dump_2011.sql`
3. Point Apache at `public/` and enable `mod_rewrite`.

Log in as the admin user you create with `php tools/create_admin.php --email you@ordertrail.de`.
