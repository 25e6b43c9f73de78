/* Copy to secrets.h and fill in. */
#pragma once

#define CS_WIFI_SSID        "your-ssid"
#define CS_WIFI_PASSWORD    "your-wifi-password" ⟦D ex-wifi⟧
#define CS_MQTT_URI         "mqtts://mqtt.example.com:8883"
#define CS_MQTT_USER        "device"
#define CS_MQTT_PASSWORD    "changeme" ⟦D ex-mqtt⟧
