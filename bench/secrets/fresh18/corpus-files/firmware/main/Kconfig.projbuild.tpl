menu "Coldchain Sense"

    config CS_WIFI_SSID
        string "Wi-Fi SSID"
        default "ColdchainLab"

    config CS_WIFI_PASSWORD
        string "Wi-Fi password"
        default "" ⟦D kc-wifi⟧
        help
            WPA2 passphrase. Leave empty on production builds; the NVS value wins.

    config CS_MQTT_URI
        string "MQTT broker URI"
        default "mqtts://mqtt.lab.coldchainsense.io:8883"

    config CS_MQTT_USER
        string "MQTT user"
        default "lab-unit"

    config CS_MQTT_PASSWORD
        string "MQTT password"
        default ""

    config CS_TEMP_BAND_LOW_MC
        int "Lower alarm band (milli-degC)"
        default 2000

    config CS_TEMP_BAND_HIGH_MC
        int "Upper alarm band (milli-degC)"
        default 8000
endmenu
