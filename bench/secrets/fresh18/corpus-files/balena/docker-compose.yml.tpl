version: "2.1"
# gateway fleet at the depots: a LoRa Basics Station + a small bridge that forwards to our broker
services:
  basicstation:
    image: xoseperez/basicstation:v2.8.1
    privileged: true
    restart: unless-stopped
    environment:
      MODEL: RAK5146
      TTS_REGION: eu1
      TC_KEY: «ttn#gw-lns» ⟦S bal-tckey⟧
  bridge:
    build: ./bridge
    restart: unless-stopped
    environment:
      MQTT_URL: mqtts://fleet-backend:«rand#mqtt-backend»@mqtt.lab.coldchainsense.io:8883 ⟦S bal-mqtturl⟧
      GATEWAY_EUI: «eui:AC1F09FFFE#gw» ⟦D bal-eui⟧
