name: coldchain-depot-gateway
type: sw.application
description: >-
  LoRa Basics Station and MQTT bridge for the depot gateways (RAK7268 / Raspberry Pi 4 + RAK5146).
version: 1.4.0
data:
  defaultDeviceType: raspberrypi4-64
  supportedDeviceTypes:
    - raspberrypi4-64
    - raspberrypi3-64
