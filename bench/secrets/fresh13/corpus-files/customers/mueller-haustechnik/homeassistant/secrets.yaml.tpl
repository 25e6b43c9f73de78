# Home Assistant secrets for Müller Haustechnik (HA OS on the NUC in the workshop, reached via tailscale)
# synced to /config/secrets.yaml by the `homeassistant` role
home_latitude: 53.0793
home_longitude: 8.8017
home_elevation: 12

wlan_werkstatt_ssid: "MUELLER-WERKSTATT"
wlan_werkstatt_password: "«weak#mueller-wlan»" ⟦S ha-wlan⟧

mqtt_user: homeassistant
mqtt_password: !env_var MQTT_PASSWORD ⟦D ha-mqtt-env⟧

openweathermap_api_key: «hex:32#owm» ⟦S ha-owm⟧

# Viessmann heating (ViCare): client id of our ViCare developer app; the password is in the HA UI, not here
vicare_username: heizung@mueller-haustechnik.de
vicare_client_id: «hex:32#vicare-client» ⟦D ha-vicare-client-id⟧

# prometheus scrapes /api/prometheus with this long-lived token (profile > security > "prometheus kb")
prometheus_bearer: «ha_llat#ha-prometheus» ⟦S ha-prom-token⟧
