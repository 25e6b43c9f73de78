/*
 * Lab credentials for bring-up. DO NOT SHIP: production units get theirs from NVS at provisioning time.
 */
#pragma once

#define CS_WIFI_SSID        "ColdchainLab"
#define CS_WIFI_PASSWORD    "«human#labwifi-old»" ⟦S sec-wifi⟧

#define CS_WIFI_SSID_2      "Depot-Hamburg-Guest"
#define CS_WIFI_PASSWORD_2  "«weak#depotguest»" ⟦S sec-wifi2⟧

#define CS_MQTT_URI         "mqtts://mqtt.lab.coldchainsense.io:8883"
#define CS_MQTT_USER        "lab-unit"
#define CS_MQTT_PASSWORD    "«rand#mqtt-lab-old»" ⟦S sec-mqtt⟧

/* mqtt client id is the MAC, e.g. cs-«mac#lab07» */ ⟦D sec-mac⟧
