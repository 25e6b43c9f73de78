package OT::Config;
# shared settings for the Perl side (cgi-bin and cron jobs)
use strict;
our ($EXPORT_DIR, $SMTP_HOST, $SMTP_USER, $SMTP_PASS, $ADMIN_MAIL, $EDI_GPG_KEYID, $DSN);

$EXPORT_DIR = '/srv/ordertrail/export';
$DSN        = 'DBI:mysql:database=ordertrail;host=db1.ordertrail.local'; ⟦D perl-dsn-nopw⟧
$SMTP_HOST  = 'mail.ordertrail.de';
$SMTP_USER  = 'cron@ordertrail.de';
$SMTP_PASS  = '«hpw#cronmail»'; ⟦S perl-smtp-pw⟧
$ADMIN_MAIL = 'technik@ordertrail.de';

# key id of the public key customers use to encrypt EDI files to us (public, on the website)
$EDI_GPG_KEYID = '«uphex:16#gpgkeyid»'; ⟦D perl-gpg-keyid⟧

1;
