/*
 * Credentials come from menuconfig (Kconfig.projbuild -> sdkconfig, which is gitignored on the build server)
 * or, on production units, from the encrypted NVS partition written by provisioning/provision.py.
 */
#pragma once
#include "sdkconfig.h"

#define CS_WIFI_SSID        CONFIG_CS_WIFI_SSID
#define CS_WIFI_PASSWORD    CONFIG_CS_WIFI_PASSWORD ⟦D sec2-wifi⟧

#define CS_MQTT_URI         CONFIG_CS_MQTT_URI
#define CS_MQTT_USER        CONFIG_CS_MQTT_USER
#define CS_MQTT_PASSWORD    CONFIG_CS_MQTT_PASSWORD ⟦D sec2-mqtt⟧
