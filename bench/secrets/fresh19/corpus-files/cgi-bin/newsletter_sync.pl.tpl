#!/usr/bin/perl
# Syncs newsletter opt-ins from ot_customers to the Mailchimp list (API 3.0).
# The key is read from the environment; on app1 it is in /etc/default/ordertrail.
use strict;
use warnings;
use LWP::UserAgent;
use JSON::PP;
use Digest::MD5 qw(md5_hex);
use DBI;
use OT::Config;

my $key  = $ENV{MAILCHIMP_API_KEY} or die "MAILCHIMP_API_KEY not set\n"; ⟦D perl-mc-env⟧
my ($dc) = $key =~ /-(us\d+)$/;
my $list = '«hexs:10#mclist»'; ⟦D perl-mc-list⟧
my $ua   = LWP::UserAgent->new(timeout => 30);
$ua->credentials("$dc.api.mailchimp.com:443", 'MailChimp API', 'ordertrail', $key); ⟦D perl-mc-credentials-call⟧

my $dbh = DBI->connect($OT::Config::DSN, 'ot_export', $ENV{OT_EXPORT_PASS}, { RaiseError => 1 });
my $rows = $dbh->selectall_arrayref('SELECT email, firstname, lastname, kdnr FROM ot_customers WHERE newsletter = 1', { Slice => {} });

for my $c (@$rows) {
    my $hash = md5_hex(lc $c->{email});   # Mailchimp's subscriber id is the MD5 of the lower-cased address
    my $r = $ua->put("https://$dc.api.mailchimp.com/3.0/lists/$list/members/$hash",
        'Content-Type' => 'application/json',
        Content => encode_json({ email_address => $c->{email}, status_if_new => 'pending',
                                 merge_fields => { FNAME => $c->{firstname}, LNAME => $c->{lastname}, KDNR => $c->{kdnr} } }));
    warn "$c->{email}: " . $r->status_line . "\n" unless $r->is_success;
}
