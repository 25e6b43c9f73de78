# Lab network

| What | Where |
|---|---|
| Lab Wi-Fi | SSID `ColdchainLab`, WPA2 |
| Guest Wi-Fi at the Hamburg depot | `Depot-Hamburg-Guest` |
| Mosquitto (lab) | `mqtt.lab.coldchainsense.io:8883` |
| RAK7268 LoRaWAN gateway | `10.20.0.2` (web UI), EUI `«eui:AC1F09FFFE#gw»` | ⟦D lab-gweui⟧
| Raspberry Pi test station | `10.20.0.40` |

Gateway web UI: user `root`, password `«weak#rak-gw»` (the sticker on the box was changed, this is the new one). ⟦S lab-gw⟧

The test station Pi has the usual `pi` user; SSH only with keys (`ssh-copy-id pi@10.20.0.40`).

The gateway forwards to TTN EU1 (`eu1.cloud.thethings.network`) over Basic Station; its LNS key is in the TTN console.
