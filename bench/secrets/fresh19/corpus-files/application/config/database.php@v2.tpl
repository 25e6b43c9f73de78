<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');
/*
| -------------------------------------------------------------------
| DATABASE CONNECTIVITY SETTINGS
| -------------------------------------------------------------------
| Production credentials come from the Apache vhost (SetEnv in
| /etc/apache2/sites-available/ordertrail.conf, not in this repository).
*/

$active_group = ENVIRONMENT == 'testing' ? 'test' : 'default';
$active_record = TRUE;

$db['default']['hostname'] = getenv('OT_DB_HOST') ?: "db1.ordertrail.local";
$db['default']['username'] = getenv('OT_DB_USER') ?: "ot_web";
$db['default']['password'] = getenv('OT_DB_PASS'); ⟦D ci-db-getenv⟧
$db['default']['database'] = "ordertrail";
$db['default']['dbdriver'] = "mysqli";
$db['default']['dbprefix'] = "ot_";
$db['default']['pconnect'] = FALSE;
$db['default']['db_debug'] = FALSE;
$db['default']['cache_on'] = FALSE;
$db['default']['cachedir'] = "";
$db['default']['char_set'] = "utf8";
$db['default']['dbcollat'] = "utf8_general_ci";

// phpunit runs against the local sandbox database, root without password
$db['test']['hostname'] = "127.0.0.1";
$db['test']['username'] = "root";
$db['test']['password'] = ""; ⟦D ci-db-test-empty⟧
$db['test']['database'] = "ordertrail_test";
$db['test']['dbdriver'] = "mysqli";
$db['test']['dbprefix'] = "ot_";
$db['test']['pconnect'] = FALSE;
$db['test']['db_debug'] = TRUE;
$db['test']['char_set'] = "utf8";
$db['test']['dbcollat'] = "utf8_general_ci";

/* End of file database.php */
