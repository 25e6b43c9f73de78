<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');

$config['base_url']	= "https://shop.ordertrail.de/";
$config['index_page'] = "";
$config['uri_protocol']	= "AUTO";
$config['url_suffix'] = "";
$config['language']	= "german";
$config['charset'] = "UTF-8";
$config['enable_hooks'] = TRUE;
$config['subclass_prefix'] = 'OT_';
$config['permitted_uri_chars'] = 'a-z 0-9~%.:_\-';

$config['log_threshold'] = 1;
$config['log_path'] = '';
$config['log_date_format'] = 'Y-m-d H:i:s';
$config['cache_path'] = '';

/*
|--------------------------------------------------------------------------
| Encryption Key
|--------------------------------------------------------------------------
| Used by the Encrypt class and encrypted session cookies. Changing it logs
| out every customer and breaks the stored FTP passwords (ot_customer_ftp).
*/
$config['encryption_key'] = "«alnum:32#ci-enc»"; ⟦S ci-encryption-key⟧

$config['sess_cookie_name']		= 'ot_session'; ⟦D ci-sess-name⟧
$config['sess_expiration']		= 7200;
$config['sess_encrypt_cookie']	= TRUE;
$config['sess_use_database']	= TRUE;
$config['sess_table_name']		= 'ot_sessions';
$config['sess_match_ip']		= FALSE;
$config['sess_match_useragent']	= TRUE;
$config['sess_time_to_update'] 	= 300;

$config['cookie_prefix']	= "";
$config['cookie_domain']	= ".ordertrail.de";
$config['cookie_path']		= "/";

$config['global_xss_filtering'] = TRUE;
$config['csrf_protection'] = TRUE;
$config['csrf_token_name'] = 'ot_csrf_token'; ⟦D ci-csrf-name⟧
$config['csrf_cookie_name'] = 'ot_csrf_cookie';

$config['compress_output'] = FALSE;
$config['time_reference'] = 'local';
$config['rewrite_short_tags'] = FALSE;
$config['proxy_ips'] = '10.10.0.5';
