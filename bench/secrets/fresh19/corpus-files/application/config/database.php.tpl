<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');
/*
| -------------------------------------------------------------------
| DATABASE CONNECTIVITY SETTINGS
| -------------------------------------------------------------------
| This file will contain the settings needed to access your database.
|
| For complete instructions please consult the "Database Connection"
| page of the User Guide.
*/

$active_group = ENVIRONMENT == 'testing' ? 'test' : 'default';
$active_record = TRUE;

$db['default']['hostname'] = "db1.ordertrail.local";
$db['default']['username'] = "ot_web";
$db['default']['password'] = "«hpw#otweb»"; ⟦S ci-db-pw⟧
$db['default']['database'] = "ordertrail";
$db['default']['dbdriver'] = "mysql";
$db['default']['dbprefix'] = "ot_";
$db['default']['pconnect'] = TRUE;
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
$db['test']['dbdriver'] = "mysql";
$db['test']['dbprefix'] = "ot_";
$db['test']['pconnect'] = FALSE;
$db['test']['db_debug'] = TRUE;
$db['test']['char_set'] = "utf8";
$db['test']['dbcollat'] = "utf8_general_ci";

/* End of file database.php */
/* Location: ./system/application/config/database.php */
