<?php
/**
 * Harbor Lights 2024 campaign microsite (harborlights.openharbor.org), on the shared DreamHost plan.
 */

define( 'DB_NAME', 'harborlights_wp' );
define( 'DB_USER', 'hl_wp_user' );
define( 'DB_PASSWORD', '«weak#wp-db»' ); ⟦S wp-db-password⟧
define( 'DB_HOST', 'mysql.harborlights.openharbor.org' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts. https://api.wordpress.org/secret-key/1.1/salt/
 */
define( 'AUTH_KEY',         '«wpsalt#auth»' ); ⟦S wp-auth-key⟧
define( 'SECURE_AUTH_KEY',  '«wpsalt#secure-auth»' ); ⟦S wp-secure-auth-key⟧
define( 'LOGGED_IN_KEY',    '«wpsalt#logged-in»' ); ⟦S wp-logged-in-key⟧
define( 'NONCE_KEY',        '«wpsalt#nonce»' ); ⟦S wp-nonce-key⟧
define( 'AUTH_SALT',        'put your unique phrase here' ); ⟦D wp-auth-salt-default⟧
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );
/**#@-*/

$table_prefix = 'hl_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );

// WP Mail SMTP plugin, constants mode
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'mailgun' );
define( 'WPMS_MAILGUN_API_KEY', '«mailgun_key#campaign»' ); ⟦S wp-mailgun⟧
define( 'WPMS_MAILGUN_DOMAIN', 'mg.openharbor.org' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
