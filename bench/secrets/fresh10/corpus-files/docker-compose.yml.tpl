# Local dev stack for Magento 2 + WordPress blog + Laravel back-office.
# Credentials here are for the containers only (nothing outside docker can reach them).
services:
  db:
    image: mariadb:10.6
    environment:
      MARIADB_ROOT_PASSWORD: root ⟦D dc-root⟧
      MARIADB_DATABASE: magento
      MARIADB_USER: magento
      MARIADB_PASSWORD: magento ⟦D dc-magento⟧
    volumes:
      - dbdata:/var/lib/mysql
    ports:
      - "3307:3306"

  opensearch:
    image: opensearchproject/opensearch:2.11.1
    environment:
      discovery.type: single-node
      DISABLE_SECURITY_PLUGIN: "true"
      OPENSEARCH_JAVA_OPTS: "-Xms512m -Xmx512m"

  redis:
    image: redis:7-alpine

  php:
    build: ./docker/php
    volumes:
      - ./magento:/var/www/magento
      - ./blog:/var/www/blog
    depends_on: [db, redis, opensearch]

  backoffice:
    build: ./backoffice
    environment:
      APP_ENV: local
      DB_HOST: db
      DB_DATABASE: backoffice
      DB_USERNAME: magento
      DB_PASSWORD: magento
      MOLLIE_KEY: «mollie_test#dc» ⟦S dc-mollie-test⟧
      ALGOLIA_APP_ID: «algolia_app#mv» ⟦D dc-algolia-app⟧
      ALGOLIA_SECRET: «hex:32#algolia-admin» ⟦S dc-algolia-admin⟧
    ports:
      - "8000:8000"

  mailpit:
    image: axllent/mailpit:v1.13
    ports:
      - "8025:8025"

  nginx:
    image: nginx:1.25-alpine
    volumes:
      - ./nginx/dev.conf:/etc/nginx/conf.d/default.conf:ro
    ports:
      - "8080:80"

volumes:
  dbdata:
