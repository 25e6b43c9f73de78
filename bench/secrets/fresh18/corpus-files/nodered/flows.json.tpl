[
    {
        "id": "«hex:16#tab»",
        "type": "tab",
        "label": "Excursion alerts",
        "disabled": false,
        "info": "Subscribes to cs/+/telemetry, checks the band per trailer and posts to Slack and the fleet API."
    },
    {
        "id": "«hex:16#broker»", ⟦D flow-id⟧
        "type": "mqtt-broker",
        "name": "lab mosquitto",
        "broker": "mqtt.lab.coldchainsense.io",
        "port": "8883",
        "tls": "«hex:16#tls»", ⟦D flow-tls⟧
        "clientid": "nodered-alerts",
        "usetls": true,
        "protocolVersion": "4",
        "keepalive": "60",
        "cleansession": true,
        "credentials": {
            "user": "nodered",
            "password": "«rand#mqtt-nodered»" ⟦S flow-mqtt⟧
        }
    },
    {
        "id": "«hex:16#in»",
        "type": "mqtt in",
        "z": "«hex:16#tab»",
        "name": "telemetry",
        "topic": "cs/+/telemetry",
        "qos": "1",
        "datatype": "json",
        "broker": "«hex:16#broker»",
        "x": 120,
        "y": 100,
        "wires": [["«hex:16#fn»"]]
    },
    {
        "id": "«hex:16#fn»",
        "type": "function",
        "z": "«hex:16#tab»",
        "name": "band check",
        "func": "const t = msg.payload.temp_c;\nif (t < 2 || t > 8) { msg.payload = { text: `Reefer ${msg.topic.split('/')[1]} at ${t} °C` }; return msg; }\nreturn null;",
        "outputs": 1,
        "x": 320,
        "y": 100,
        "wires": [["«hex:16#http»"]]
    },
    {
        "id": "«hex:16#http»",
        "type": "http request",
        "z": "«hex:16#tab»",
        "name": "fleet API",
        "method": "POST",
        "url": "https://api.coldchainsense.io/v1/alerts",
        "authType": "bearer",
        "senderr": false,
        "headers": [
            { "keyType": "other", "keyValue": "X-Api-Key", "valueType": "other", "valueValue": "«hex:40#nodered-apikey»" } ⟦S flow-apikey⟧
        ],
        "x": 520,
        "y": 100,
        "wires": [[]]
    }
]
