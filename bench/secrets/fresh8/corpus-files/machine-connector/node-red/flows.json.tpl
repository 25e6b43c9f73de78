[
    {
        "id": "«hex:16#nr-tab»",   ⟦D nr-tab-id⟧
        "type": "tab",
        "label": "Maschinendaten → Kafka",
        "disabled": false,
        "info": "Status und Spindeldrehzahl aus MQTT, alle 10 s aggregiert nach Kafka (werk1.maschinen.events)."
    },
    {
        "id": "«hex:16#nr-broker»",   ⟦D nr-broker-id⟧
        "type": "mqtt-broker",
        "name": "wb-mqtt01",
        "broker": "wb-mqtt01.werkbank.local",
        "port": "8883",
        "tls": "«hex:16#nr-tls»",
        "clientid": "nodered-werk1",
        "usetls": true,
        "protocolVersion": "5",
        "keepalive": "60",
        "cleansession": true
    },
    {
        "id": "«hex:16#nr-in»",
        "type": "mqtt in",
        "z": "«hex:16#nr-tab»",
        "name": "alle Maschinen",
        "topic": "werk1/+/+/#",
        "qos": "1",
        "datatype": "auto-detect",
        "broker": "«hex:16#nr-broker»",
        "x": 140,
        "y": 120,
        "wires": [["«hex:16#nr-fn»"]]
    },
    {
        "id": "«hex:16#nr-fn»",
        "type": "function",
        "z": "«hex:16#nr-tab»",
        "name": "aggregieren",
        "func": "const [werk, halle, maschine, feld] = msg.topic.split('/');\nconst key = `${halle}/${maschine}`;\nconst state = context.get(key) || {};\nstate[feld] = msg.payload;\ncontext.set(key, state);\nreturn null;",
        "outputs": 1,
        "x": 360,
        "y": 120,
        "wires": [[]]
    },
    {
        "id": "«hex:16#nr-flush»",
        "type": "function",
        "z": "«hex:16#nr-tab»",
        "name": "an Kafka REST",
        "func": "const keys = context.keys();\nconst records = keys.map(k => ({ key: k, value: context.get(k) }));\nmsg.url = global.get('kafkaRestUrl') + '/topics/werk1.maschinen.events';\nmsg.headers = {\n  'Content-Type': 'application/vnd.kafka.json.v2+json',\n  'Authorization': 'Basic «basicr:nodered#kafka-rest»'\n};\nmsg.payload = { records };\nreturn msg;",   ⟦S nr-basic-header⟧
        "outputs": 1,
        "x": 380,
        "y": 200,
        "wires": [["«hex:16#nr-http»"]]
    },
    {
        "id": "«hex:16#nr-http»",
        "type": "http request",
        "z": "«hex:16#nr-tab»",
        "name": "POST",
        "method": "POST",
        "ret": "obj",
        "x": 580,
        "y": 200,
        "wires": [[]]
    }
]
