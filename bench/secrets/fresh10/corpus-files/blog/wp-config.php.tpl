<?php
/**
 * WordPress configuration for blog.maisonverte.fr (WooCommerce is only used for gift cards).
 *
 * Salts live in wp-salt.php next to this file on the server (generated with
 * https://api.wordpress.org/secret-key/1.1/salt/ and not versioned).
 *
 * @package WordPress
 */

// ** Database settings ** //
define( 'DB_NAME', 'mv_blog' );
define( 'DB_USER', 'mv_blog' );
define( 'DB_PASSWORD', '«pwh#wp-db»' ); ⟦S wp-db⟧
define( 'DB_HOST', '10.0.0.12' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

if ( file_exists( __DIR__ . '/wp-salt.php' ) ) {
	require_once __DIR__ . '/wp-salt.php';
}

$table_prefix = 'mvb_';

// ** WP Mail SMTP (Brevo relay) ** //
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_SMTP_HOST', 'smtp-relay.brevo.com' );
define( 'WPMS_SMTP_PORT', 587 );
define( 'WPMS_SSL', 'tls' );
define( 'WPMS_SMTP_AUTH', true );
define( 'WPMS_SMTP_USER', 'tech@maisonverte.fr' );
define( 'WPMS_SMTP_PASS', '«brevo_smtp#wpsmtp»' ); ⟦S wp-smtp⟧

// ** Redis object cache ** //
define( 'WP_REDIS_HOST', '10.0.0.13' );
define( 'WP_REDIS_DATABASE', 5 );
define( 'WP_CACHE_KEY_SALT', 'mv_blog_' ); ⟦D wp-cache-salt⟧

define( 'WP_ENVIRONMENT_TYPE', 'production' );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_DEBUG', false );
define( 'WP_POST_REVISIONS', 10 );
define( 'WP_MEMORY_LIMIT', '256M' );

/* That's all, stop editing! Happy publishing. */

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
