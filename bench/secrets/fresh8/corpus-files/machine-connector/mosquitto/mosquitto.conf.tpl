per_listener_settings false
allow_anonymous false
password_file /mosquitto/config/passwd   ⟦D mosq-pwfile⟧
acl_file /mosquitto/config/acl

listener 8883
cafile /mosquitto/certs/werkbank-ca.pem
certfile /mosquitto/certs/wb-mqtt01.pem
keyfile /mosquitto/certs/wb-mqtt01.key
tls_version tlsv1.2

listener 1883 127.0.0.1

persistence true
persistence_location /mosquitto/data/
log_dest stdout
