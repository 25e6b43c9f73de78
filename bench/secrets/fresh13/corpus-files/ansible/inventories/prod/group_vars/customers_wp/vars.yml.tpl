---
wp_php_version: "8.2"
wp_cli_version: "2.11.0"
wp_cli_sha512: "«hex:128#wpcli-sha512»" ⟦D wp-cli-sha⟧
wp_db_host: mariadb
wp_db_password: "{{ vault_wp_db_passwords[inventory_hostname] }}" ⟦D wp-db-vault-ref⟧
wp_redis_password: "{{ vault_redis_password }}" ⟦D wp-redis-vault-ref⟧

# customers' own WP admin accounts (created by the role if missing, password only set on creation;
# the customers were told to change it on first login)
wp_customer_admins:
  wp-sonnenschein:
    user: sonnenschein
    email: info@baeckerei-sonnenschein.de
    initial_password: "«weak#wp-admin-sonnenschein»" ⟦S wp-initial-admin⟧
  wp-nordlicht:
    user: nordlicht
    email: hallo@nordlicht-yoga.de
    initial_password: "{{ vault_wp_initial_passwords['wp-nordlicht'] }}" ⟦D wp-initial-vault⟧

wp_plugins:
  - { name: woocommerce, version: "9.3.3" }
  - { name: wp-mail-smtp, version: "4.2.0" }
  - { name: redis-cache, version: "2.5.4" }
