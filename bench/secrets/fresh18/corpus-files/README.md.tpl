# Coldchain Sense

Temperature and door loggers for refrigerated trucks and trailers. One ESP32-S3 main board per trailer (Wi-Fi at the
depot, LTE-M on the road, MQTT to AWS IoT Core), up to six STM32WL LoRaWAN probes inside the box, and a fleet back end
that raises an alarm when a reefer drifts out of its band.

| Folder | What |
|---|---|
| `firmware/` | ESP-IDF 5.1 firmware for the main board (PlatformIO) |
| `stm32-node/` | STM32CubeIDE project for the LoRaWAN probe |
| `prototypes/` | Arduino sketches we used before the PCBs came |
| `provisioning/` | flashes and registers a device over USB serial |
| `backend/` | FastAPI fleet service, TimescaleDB + InfluxDB |
| `nodered/`, `grafana/` | alert flows and dashboards |
| `driver-app/` | React Native app for drivers (Expo) |
| `ansible/` | the Mosquitto broker we run at the depot |
| `wiki/` | hardware bring-up notes |

## Building the firmware

```sh
cd firmware
pio run -e main_board
pio run -e main_board -t upload --upload-port /dev/ttyACM0
pio device monitor -b 115200
```

Copy `firmware/main/secrets.example.h` to `firmware/main/secrets.h` and fill in your values. For a lab unit you can
use the depot Wi-Fi; ask Lukas for the password, do not put it in tickets.

## Talking to the lab broker

```sh
mosquitto_sub -h mqtt.lab.coldchainsense.io -p 8883 --cafile provisioning/certs/AmazonRootCA1.pem \
  -u <user> -P <password> -t 'cs/+/telemetry' -v ⟦D readme-sub⟧
```

The AWS IoT endpoint for the lab account is `«aws_iot_ep#lab»`; devices authenticate with their own X.509 certificate, ⟦D readme-ep⟧
never with a password.
