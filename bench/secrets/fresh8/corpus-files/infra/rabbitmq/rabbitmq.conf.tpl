# RabbitMQ auf wb-mq01 – nur noch für die Legacy-Lagerverwaltung (Umbuchungen), neue Themen laufen über Kafka
listeners.tcp = none
listeners.ssl.default = 5671
ssl_options.cacertfile = /etc/rabbitmq/ssl/werkbank-ca.pem
ssl_options.certfile   = /etc/rabbitmq/ssl/wb-mq01.pem
ssl_options.keyfile    = /etc/rabbitmq/ssl/wb-mq01.key
ssl_options.verify     = verify_peer

management.ssl.port       = 15671
management.ssl.cacertfile = /etc/rabbitmq/ssl/werkbank-ca.pem
management.ssl.certfile   = /etc/rabbitmq/ssl/wb-mq01.pem
management.ssl.keyfile    = /etc/rabbitmq/ssl/wb-mq01.key

default_vhost = lager
default_user = lager_admin
default_pass = «pwh#rabbit-default»   ⟦S rabbit-default-pass⟧
loopback_users.guest = true

load_definitions = /etc/rabbitmq/definitions.json
