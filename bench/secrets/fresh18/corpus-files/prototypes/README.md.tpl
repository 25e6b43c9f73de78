# Prototypes

Arduino sketches from before the rev-1 boards (Heltec WiFi LoRa 32 V3 and an Adafruit Feather M0 with RFM95).
They are kept for reference; nothing here runs in a truck.

- `probe_mqtt/` – DS18B20 on pin 4, publishes every 10 s to the lab broker
- `lora_otaa/` – LMIC OTAA join on EU868 against TTN

LMIC wants DevEUI and JoinEUI in little-endian (LSB first) and the AppKey in big-endian (MSB first). We got that wrong
twice; the TTN console's "lsb" toggle is your friend.
