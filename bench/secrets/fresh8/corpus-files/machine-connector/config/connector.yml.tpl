# OPC-UA → MQTT Connector (Halle 1: DMG MORI CTX, Halle 2: Trumpf TruLaser)
opcua:
  sessionTimeoutMs: 60000
  securityPolicy: Basic256Sha256
  securityMode: SignAndEncrypt
  clientCertificate: /opt/connector/pki/own/certs/connector.der
  clientPrivateKey: /opt/connector/pki/own/private/connector.pem
  trustedServerThumbprints:
    - «thumb#ctx-01»   ⟦D opc-thumb-1⟧
    - «thumb#trulaser-02»   ⟦D opc-thumb-2⟧
  endpoints:
    - name: ctx-01
      url: opc.tcp://10.20.1.101:4840
      auth: anonymous
    - name: trulaser-02
      url: opc.tcp://10.20.2.111:4840
      auth: username
      username: OpcUaClient
      password: «pwh#trulaser-opc»   ⟦S opc-pw⟧
  nodes:
    - { machine: ctx-01, nodeId: "ns=2;s=/Channel/State/progStatus", topic: "werk1/halle1/ctx-01/status" }
    - { machine: ctx-01, nodeId: "ns=2;s=/Channel/Spindle/actSpeed", topic: "werk1/halle1/ctx-01/spindel" }
    - { machine: trulaser-02, nodeId: "ns=3;i=5012", topic: "werk1/halle2/trulaser-02/programm" }

mqtt:
  url: mqtts://wb-mqtt01.werkbank.local:8883
  clientId: opcua-connector-halle
  username: connector
  password: «pwr#mqtt-connector»   ⟦S mqtt-connector-pw⟧
  qos: 1
  caFile: /opt/connector/pki/werkbank-ca.pem
