<?php
// ---------------------------------------------------------------------
// Old DB include, still used by /edi/*.php, /print/*.php and the
// customer price-list upload (upload_preisliste.php). Do not "fix" the
// mysql_* calls without testing the EDI import on staging first! (kb, 2009)
// ---------------------------------------------------------------------

$ot_db_host = "db1.ordertrail.local";
$ot_db_name = "ordertrail";

$link = mysql_connect($ot_db_host, "ot_legacy", "«weak#legacy»") ⟦S legacy-mysql-connect⟧
    or die("Datenbankfehler: " . mysql_error());
mysql_select_db($ot_db_name, $link) or die("Datenbank nicht gefunden");
mysql_query("SET NAMES 'utf8'", $link);

function ot_query($sql) {
    global $link;
    $res = mysql_query($sql, $link);
    if (!$res) {
        error_log("ot_query failed: " . mysql_error($link) . " -- " . $sql);
    }
    return $res;
}

function ot_escape($s) {
    global $link;
    return mysql_real_escape_string($s, $link);
}

// login check for the EDI upload: customers post their number and the
// password from the welcome letter; we compare MD5 like the shop does
function ot_check_customer($kdnr, $passwort) {
    $r = ot_query("SELECT id FROM ot_customers WHERE kdnr='" . ot_escape($kdnr) . "' AND pass_md5='" . md5($passwort) . "'"); ⟦D legacy-md5-check⟧
    return $r && mysql_num_rows($r) == 1;
}
?>
