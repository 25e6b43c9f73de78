<?php
/**
 * wp-config for shop.baeckerei-sonnenschein.de (WooCommerce). Deployed by the `wordpress` role; salts live in
 * wp-salts.php on the server (generated once, not in git).
 */

define( 'DB_NAME', 'wp_sonnenschein' );
define( 'DB_USER', 'wp_sonnenschein' );
define( 'DB_PASSWORD', '«pw#wp-sonnenschein-db»' ); ⟦S wp-db-password⟧
define( 'DB_HOST', 'mariadb' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

require_once __DIR__ . '/wp-salts.php'; ⟦D wp-salts-require⟧

$table_prefix = 'sos_';

define( 'WP_REDIS_HOST', 'redis' );
define( 'WP_REDIS_PASSWORD', getenv( 'WP_REDIS_PASSWORD' ) ); ⟦D wp-redis-env⟧
define( 'WP_REDIS_PREFIX', 'sonnenschein:' );

// mails go through our relay; the plugin reads these
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_SMTP_HOST', 'mail01.kettlebridge.net' );
define( 'WPMS_SMTP_PORT', 587 );
define( 'WPMS_SSL', 'tls' );
define( 'WPMS_SMTP_AUTH', true );
define( 'WPMS_SMTP_USER', 'shop@baeckerei-sonnenschein.de' );

define( 'WP_ENVIRONMENT_TYPE', 'production' );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );
define( 'WP_DEBUG', false );
define( 'FORCE_SSL_ADMIN', true );

if ( isset( $_SERVER['HTTP_X_FORWARDED_PROTO'] ) && $_SERVER['HTTP_X_FORWARDED_PROTO'] === 'https' ) {
	$_SERVER['HTTPS'] = 'on';
}

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
