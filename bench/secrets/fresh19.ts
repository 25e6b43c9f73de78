/**
 * Nineteenth fresh-repository bench (issue 14: "a repository that you do not see"): a held-out figure. Not a test: it
 * prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh19.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Ordertrail", a 15-year-old B2B order-management SaaS for
 * wholesalers, migrated from SVN to git and never fully cleaned: a PHP application (CodeIgniter and Zend config
 * arrays, a phpMyAdmin config.inc.php, an old mysql_connect include, .htaccess with SetEnv), Perl CGI scripts with DBI
 * connect strings, crontabs and shell scripts (FTP/SFTP drops to customers, mysqldump), a Windows desktop client
 * (VB.NET app.config, an ODBC DSN export, a Delphi-style .ini), SOAP integrations (UPS, FedEx, DATEV, SAP Business One
 * on an unmerged branch), PayPal Classic and Authorize.Net gateways, reCAPTCHA, Mailchimp, a Subversion auth-cache
 * file committed by accident, a .my.cnf, a legacy Java Struts admin module (struts.xml, hibernate.cfg.xml), a jQuery
 * front end, an SQL dump with MD5 password hashes, a migration guide, a customer FAQ and a README. The templates are
 * in bench/secrets/fresh19/corpus-files/ (plain text, read at run time). It was written by a nineteenth author
 * without reading launchready's rules, engine, tests, docs of what the scanner handles, or the earlier corpora's
 * templates, and nobody tunes on it: it is run once, and its misses and false positives are listed only with --list.
 *
 * Labels and scoring are the driver's (bench/secrets/fresh-driver.ts): `secret` lines must get a fail or warn
 * finding on their file and line (history-only ones at the commit that introduced them), `decoy` lines and
 * unlabelled lines must not; commit messages carry labels too (file `COMMIT_MSG`).
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh19/gen.js';
import { AUTHORS, STEPS } from './fresh19/steps.js';

runFresh({
  slug: 'fresh19',
  ordinal: 'nineteenth',
  identity: { name: 'Ordertrail', email: 'dev@ordertrail.de' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
