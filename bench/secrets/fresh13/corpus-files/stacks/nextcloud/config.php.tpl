<?php
$CONFIG = array (
  'htaccess.RewriteBase' => '/',
  'memcache.local' => '\\OC\\Memcache\\APCu',
  'memcache.distributed' => '\\OC\\Memcache\\Redis',
  'memcache.locking' => '\\OC\\Memcache\\Redis',
  'redis' => array (
    'host' => 'redis',
    'port' => 6379,
    'password' => getenv('REDIS_HOST_PASSWORD'), ⟦D nc-redis-env⟧
  ),
  'apps_paths' => array (
    0 => array ('path' => '/var/www/html/apps', 'url' => '/apps', 'writable' => false),
    1 => array ('path' => '/var/www/html/custom_apps', 'url' => '/custom_apps', 'writable' => true),
  ),
  'instanceid' => '«nc_instance#mueller»', ⟦D nc-instanceid⟧
  'secret' => '«b64:36#nc-secret»', ⟦S nc-secret⟧
  'trusted_domains' => array (
    0 => 'cloud.mueller-haustechnik.de',
  ),
  'trusted_proxies' => array ('172.18.0.0/16'),
  'overwriteprotocol' => 'https',
  'datadirectory' => '/var/www/html/data',
  'dbtype' => 'pgsql',
  'version' => '29.0.7.1',
  'overwrite.cli.url' => 'https://cloud.mueller-haustechnik.de',
  'dbname' => 'nextcloud',
  'dbhost' => 'postgres',
  'dbport' => '',
  'dbtableprefix' => 'oc_',
  'dbuser' => 'oc_admin',
  'dbpassword' => '«pw#nc-db»', ⟦S nc-dbpassword⟧
  'installed' => true,
  'maintenance' => false,
  'mail_from_address' => 'cloud',
  'mail_smtpmode' => 'smtp',
  'mail_domain' => 'mueller-haustechnik.de',
  'mail_smtphost' => 'mail01.kettlebridge.net',
  'mail_smtpport' => '587',
  'mail_smtpauth' => 1,
  'mail_smtpname' => 'cloud@mueller-haustechnik.de',
  'mail_smtppassword' => '', ⟦D nc-smtp-empty⟧
  'default_phone_region' => 'DE',
  'maintenance_window_start' => 1,
  'loglevel' => 2,
);
