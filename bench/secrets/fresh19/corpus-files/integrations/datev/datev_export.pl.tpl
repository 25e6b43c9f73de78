#!/usr/bin/perl
# Monthly export of invoices and payments to the tax advisor (Steuerkanzlei Brandt)
# via their DATEV Unternehmen-online SOAP gateway. Run on the 3rd of each month.
use strict;
use warnings;
use SOAP::Lite;
use MIME::Base64;
use DBI;
use OT::Config;

my $BERATER   = '«digits:7#berater»';   # Beraternummer (on every DATEV letter) ⟦D datev-berater⟧
my $MANDANT   = '10482';     # Mandantennummer
my $PROXY     = 'https://ordertrail:«hpw#datevgw»@dus-gateway.kanzlei-brandt.de/datev/ws/belegtransfer'; ⟦S datev-proxy-url⟧
my $NAMESPACE = 'urn:datev:belegtransfer:v2';

my ($year, $month) = @ARGV or die "usage: $0 YYYY MM\n";
my $dbh = DBI->connect($OT::Config::DSN, 'ot_reports', $ENV{OT_REPORTS_PASS}, { RaiseError => 1 }); ⟦D datev-dbi-env⟧

my $soap = SOAP::Lite->uri($NAMESPACE)->proxy($PROXY, timeout => 120);

my $sth = $dbh->prepare('SELECT invoice_no, pdf_path FROM ot_invoices WHERE YEAR(created_at)=? AND MONTH(created_at)=?');
$sth->execute($year, $month);
my $n = 0;
while (my ($no, $pdf) = $sth->fetchrow_array) {
    open my $fh, '<:raw', $pdf or die "$pdf: $!";
    local $/;
    my $b64 = encode_base64(<$fh>, '');
    close $fh;
    my $r = $soap->UploadBeleg(
        SOAP::Data->name(Berater => $BERATER),
        SOAP::Data->name(Mandant => $MANDANT),
        SOAP::Data->name(Belegnummer => $no),
        SOAP::Data->name(Datei => $b64)->type('base64Binary'),
    );
    die "DATEV: " . $r->faultstring if $r->fault;
    $n++;
}
print "$n invoices sent for $year-$month\n";
