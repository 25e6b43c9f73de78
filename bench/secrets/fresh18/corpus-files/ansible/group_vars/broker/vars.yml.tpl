---
mosquitto_version: "2.0.18"
mosquitto_listener_port: 8883
mosquitto_tls_cert: /etc/letsencrypt/live/mqtt.lab.coldchainsense.io/fullchain.pem
mosquitto_tls_key: /etc/letsencrypt/live/mqtt.lab.coldchainsense.io/privkey.pem ⟦D vars-privkey-path⟧
mosquitto_persistence: true
mosquitto_max_inflight: 40

mosquitto_users:
  - name: lab-unit
    password: "{{ vault_mqtt_lab_unit }}" ⟦D vars-vault1⟧
  - name: nodered
    password: "{{ vault_mqtt_nodered }}"
  - name: fleet-backend
    password: "«rand#mqtt-backend»" ⟦S vars-backend⟧

emqx_bridge_host: "x1b2c3d4.ala.eu-central-1.emqxsl.com"
emqx_bridge_user: "coldchain-bridge"
