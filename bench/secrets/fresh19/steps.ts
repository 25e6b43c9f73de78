/**
 * The history of the nineteenth fresh repository ("Ordertrail", a wholesalers' order-management SaaS converted from
 * Subversion with git-svn). The first seven commits are converted SVN revisions (their messages end in git-svn-id
 * lines); the rest are git-native. About a quarter of the planted secrets live only in history: a Subversion
 * auth-cache file and an SQL dump with a gateway password removed after the migration, a crontab mysqldump password
 * replaced by a backup script, a CodeIgniter database password and an .htaccess SetEnv moved to the Apache vhost, a
 * rotated PayPal API password, a deleted VB.NET FTP uploader, an SFTP private key and a shell history removed from ops/, an unmerged
 * SAP Business One branch, and two values that only ever appeared in commit messages.
 *
 * Templates live as plain text in bench/secrets/fresh19/corpus-files/<repo path>[@vN].tpl (read at run time):
 * «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧ line labels. Commit messages use the same syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'klaus' | 'sabine' | 'tomasz' };

export const AUTHORS = {
  klaus: { name: 'Klaus Brenner', email: 'klaus@ordertrail.de' },
  sabine: { name: 'Sabine Wolf', email: 'sabine.wolf@ordertrail.de' },
  tomasz: { name: 'Tomasz Nowak', email: 'tomasz.nowak@ordertrail.de' },
} as const;

const { files, tpl } = corpusFiles('fresh19');

const SVN = 'https://svn.ordertrail.de/repos/ordertrail/trunk';
/** the trailer git-svn writes under every converted revision (a URL, a revision and the repository UUID) */
const svnId = (rev: number, id: string) => `\n\ngit-svn-id: ${SVN}@${rev} «uuid#svnrepo» ⟦D ${id}⟧`;

export const STEPS: Step[] = [
  {
    message: `Import trunk from the old CVS-era tarball (shop, EDI, cron jobs)${svnId(4530, 'msg-svnid-4530')}`,
    date: '2011-03-14T10:02:00Z',
    author: 'klaus',
    write: {
      ...files('README.md', '.gitignore', '.htaccess', 'application/config/database.php', 'application/config/config.php', 'application/configs/application.ini'),
      ...files('phpmyadmin/config.inc.php', 'includes/db.inc.php', 'cgi-bin/export_orders.pl', 'cgi-bin/lib/OT/Config.pm', 'sql/ordertrail_dump_2011.sql'),
      ...files('.subversion/auth/svn.simple/a3c5f1e0d7b2941c6e8f02b4d9a71c35', 'crontab/ordertrail.cron', 'scripts/ftp_drop.sh'),
    },
  },
  {
    message: `Desktop client 1.0 (VB.NET), ODBC DSNs for the office, OTKasse ini${svnId(4602, 'msg-svnid-4602')}`,
    date: '2012-05-02T14:30:00Z',
    author: 'klaus',
    write: files('desktop/OrdertrailClient/app.config', 'desktop/OrdertrailClient/FtpUpload.vb', 'desktop/odbc/ordertrail_dsn.reg', 'desktop/legacy/OTKasse.ini'),
  },
  {
    message: `Checkout: PayPal Express (NVP), Authorize.Net for US customers, reCAPTCHA on registration${svnId(4655, 'msg-svnid-4655')}`,
    date: '2013-05-14T09:45:00Z',
    author: 'sabine',
    write: files(
      'application/config/payment.php',
      'application/libraries/Paypal_nvp.php',
      'application/config/recaptcha.php',
      'application/views/checkout/captcha.php',
      'application/views/layout/head.php',
      'public/js/checkout.js',
    ),
  },
  {
    message: `UPS rating via SOAP, FedEx for exports, DATEV Belegtransfer to Kanzlei Brandt${svnId(4690, 'msg-svnid-4690')}`,
    date: '2013-09-30T16:10:00Z',
    author: 'klaus',
    write: files('application/libraries/Ups_rate.php', 'application/config/shipping.php', 'integrations/datev/datev_export.pl', 'cgi-bin/edi_import.sh'),
  },
  {
    message: `Admin module (Struts 2 + Hibernate) for price lists and customers, LDAP login${svnId(4731, 'msg-svnid-4731')}`,
    date: '2014-03-11T11:20:00Z',
    author: 'tomasz',
    write: files(
      'admin/WEB-INF/classes/hibernate.cfg.xml',
      'admin/WEB-INF/struts.xml',
      'admin/WEB-INF/web.xml',
      'admin/WEB-INF/classes/log4j.properties',
      'admin/src/de/ordertrail/admin/LoginAction.java',
      'admin/src/ApplicationResources.properties',
    ),
  },
  {
    message: `Newsletter: Mailchimp sync, SMTP settings for order mails${svnId(4770, 'msg-svnid-4770')}`,
    date: '2015-06-22T08:55:00Z',
    author: 'sabine',
    write: files('application/config/mailchimp.php', 'cgi-bin/newsletter_sync.pl', 'application/config/email.php'),
  },
  {
    message: `Backups to the storage box, .my.cnf instead of -p on the command line, SFTP key for Hansa${svnId(4812, 'msg-svnid-4812')}`,
    date: '2016-11-08T19:05:00Z',
    author: 'tomasz',
    write: {
      ...files('ops/.my.cnf', 'ops/.bash_history', 'ops/backup.sh', 'ops/keys/customer_drop_rsa', 'ops/keys/customer_drop_rsa.pub', 'ops/known_hosts'),
      'crontab/ordertrail.cron': tpl('crontab/ordertrail.cron', 'v2'),
    },
  },
  {
    message: 'Remove the svn auth cache and the 2011 dump that came over from SVN\n\nBoth were committed by accident years ago. SVN password changed, PayPal API password to be rotated.\nMigration notes in docs/MIGRATION.md.',
    date: '2017-09-18T12:00:00Z',
    author: 'klaus',
    remove: ['.subversion/auth/svn.simple/a3c5f1e0d7b2941c6e8f02b4d9a71c35', 'sql/ordertrail_dump_2011.sql'],
    write: { '.gitignore': tpl('.gitignore', 'v2'), ...files('docs/MIGRATION.md') },
  },
  {
    message: 'Customer FAQ draft for the help pages, WSDL of the order API',
    date: '2018-02-05T10:40:00Z',
    author: 'sabine',
    write: files('docs/FAQ-Kunden.md', 'docs/api/OrdertrailService.wsdl'),
  },
  {
    message:
      'PHP 7.2: mysqli, DB credentials from the vhost, PayPal API password rotated\n\nJens had the old one. Authorize.Net key was regenerated too; the temporary one I used on staging\nfor the test charge was «anet_key#temp», already revoked in the merchant interface? please check. ⟦S msg-anet-temp⟧',
    date: '2019-03-04T17:25:00Z',
    author: 'klaus',
    write: {
      'application/config/payment.php': tpl('application/config/payment.php', 'v2'),
      'application/config/database.php': tpl('application/config/database.php', 'v2'),
      '.htaccess': tpl('.htaccess', 'v2'),
    },
  },
  {
    message: 'Test fixtures and Selenium config; drop the VB FTP uploader (warehouse uses the shop upload now)',
    date: '2019-06-17T13:15:00Z',
    author: 'tomasz',
    remove: ['desktop/OrdertrailClient/FtpUpload.vb'],
    write: files('tests/fixtures/users.sql', 'tests/selenium.ini'),
  },
  {
    message: 'WIP sapb1: Service Layer client for Hansa (orders straight into their B1)',
    date: '2020-10-01T15:00:00Z',
    author: 'sabine',
    branch: 'feature/sapb1',
    write: files('integrations/sapb1/ServiceLayer.php'),
  },
  {
    message: 'sapb1: DI server settings for Baumann (B1 8.82, no service layer)',
    date: '2020-10-20T09:35:00Z',
    author: 'sabine',
    branch: 'feature/sapb1',
    write: files('integrations/sapb1/di-server.json'),
  },
  {
    message:
      'Remove the Hansa drop key and a stray .bash_history from the repo, README for the new layout\n\nThe key now lives only on app1 (~ordertrail/.ssh). If key auth to sftp.hansa-frisch.de breaks,\ntheir admin set a fallback password for user ot: «hpw#hansasftp» ⟦S msg-hansa-sftp⟧',
    date: '2021-04-12T11:50:00Z',
    author: 'tomasz',
    remove: ['ops/keys/customer_drop_rsa', 'ops/.bash_history'],
    write: { 'README.md': tpl('README.md', 'v2') },
  },
];
