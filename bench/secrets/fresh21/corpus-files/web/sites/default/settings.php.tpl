<?php

// phpcs:ignoreFile

$databases['default']['default'] = [
  'database' => 'openharbor_d10',
  'username' => 'openharbor',
  'password' => '«pwh#drupal-db»', ⟦S drupal-db⟧
  'prefix' => '',
  'host' => 'db1.internal.openharbor.org',
  'port' => '3306',
  'driver' => 'mysql',
  'namespace' => 'Drupal\\mysql\\Driver\\Database\\mysql',
  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
];

$settings['hash_salt'] = '«drupal_salt#prod»'; ⟦S drupal-salt⟧

$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '/var/www/private';
$settings['update_free_access'] = FALSE;
$settings['trusted_host_patterns'] = [
  '^openharbor\.org$',
  '^www\.openharbor\.org$',
];

// SMTP relay (Google Workspace). The smtp module reads these.
$config['smtp.settings']['smtp_host'] = 'smtp-relay.gmail.com';
$config['smtp.settings']['smtp_port'] = '587';
$config['smtp.settings']['smtp_username'] = 'noreply@openharbor.org';
$config['smtp.settings']['smtp_password'] = '«gmail_app#smtp»'; ⟦S drupal-smtp⟧

// reCAPTCHA on the donation and volunteer webforms: the site key is public, the secret is not.
$config['recaptcha.settings']['site_key'] = '6Lc«b64url:37#recap-site»'; ⟦D recaptcha-site⟧
$config['recaptcha.settings']['secret_key'] = '6Lc«b64url:37#recap-secret»'; ⟦S recaptcha-secret⟧

$settings['file_scan_ignore_directories'] = ['node_modules', 'bower_components'];
$settings['entity_update_batch_size'] = 50;

if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {
  include $app_root . '/' . $site_path . '/settings.local.php';
}
