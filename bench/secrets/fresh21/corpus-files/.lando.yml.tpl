name: openharbor
recipe: drupal10
config:
  webroot: web
  php: '8.2'
  database: mariadb:10.6
  xdebug: false
services:
  database:
    creds:
      user: drupal
      password: drupal ⟦D lando-db⟧
      database: drupal
  mailhog:
    type: mailhog
    hogfrom:
      - appserver
tooling:
  drush:
    service: appserver
    cmd: drush --root=/app/web
