#!/usr/bin/perl -w
# export_orders.pl - nightly CSV export of confirmed orders for customers with
# an "export" contract (Metro-style EDI light). Called by cron, see crontab/ordertrail.cron
# $Id: export_orders.pl 4711 2011-03-02 14:20:11Z klaus $
use strict;
use DBI;
use Text::CSV_XS;
use POSIX qw(strftime);
use lib '/var/www/ordertrail/cgi-bin/lib';
use OT::Config;

my $dbh = DBI->connect("DBI:mysql:database=ordertrail;host=db1.ordertrail.local;port=3306",
                       "ot_export", "«hpw#otexport»", ⟦S perl-dbi-pw⟧
                       { RaiseError => 1, AutoCommit => 1, mysql_enable_utf8 => 1 })
    or die "cannot connect: $DBI::errstr";

my $day = strftime("%Y%m%d", localtime(time - 86400));
my $sth = $dbh->prepare(q{
    SELECT o.order_no, c.kdnr, o.created_at, l.article_no, l.qty, l.net_price
      FROM ot_orders o
      JOIN ot_customers c ON c.id = o.customer_id
      JOIN ot_order_lines l ON l.order_id = o.id
     WHERE c.export_csv = 1 AND DATE(o.confirmed_at) = ?
  ORDER BY c.kdnr, o.order_no
});
$sth->execute($day);

my $csv = Text::CSV_XS->new({ sep_char => ';', binary => 1, eol => "\r\n" });
my %fh;
while (my $r = $sth->fetchrow_arrayref) {
    my $kdnr = $r->[1];
    unless ($fh{$kdnr}) {
        open($fh{$kdnr}, '>:encoding(cp1252)', "$OT::Config::EXPORT_DIR/$kdnr/auftraege_$day.csv") or die $!;
        $csv->print($fh{$kdnr}, [qw(Auftrag Kunde Datum Artikel Menge Netto)]);
    }
    $csv->print($fh{$kdnr}, $r);
}
close $_ for values %fh;
$dbh->disconnect;
