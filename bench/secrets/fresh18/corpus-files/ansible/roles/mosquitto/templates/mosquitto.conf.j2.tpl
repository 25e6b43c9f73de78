# {{ ansible_managed }}
per_listener_settings true
persistence {{ mosquitto_persistence | lower }}
persistence_location /var/lib/mosquitto/
log_dest syslog
max_inflight_messages {{ mosquitto_max_inflight }}

listener {{ mosquitto_listener_port }}
certfile {{ mosquitto_tls_cert }}
keyfile {{ mosquitto_tls_key }}
tls_version tlsv1.2
allow_anonymous false
password_file /etc/mosquitto/passwd
acl_file /etc/mosquitto/acl

connection emqx-cloud
address {{ emqx_bridge_host }}:8883
bridge_capath /etc/ssl/certs
remote_username {{ emqx_bridge_user }}
remote_password {{ vault_emqx_bridge_password }} ⟦D conf-remote-vault⟧
topic cs/+/telemetry out 1
topic cs/+/cmd in 1
