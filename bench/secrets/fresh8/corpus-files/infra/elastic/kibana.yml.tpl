server.port: 5601
server.host: "0.0.0.0"
server.publicBaseUrl: "https://kibana.werkbank.local"
server.name: "wb-elk01"

elasticsearch.hosts: ["https://wb-elk01.werkbank.local:9200"]
elasticsearch.serviceAccountToken: "«es_service_token:werkbank-kibana#kibana»"   ⟦S kibana-sa-token⟧
elasticsearch.ssl.certificateAuthorities: ["/etc/kibana/certs/http_ca.crt"]
elasticsearch.ssl.verificationMode: certificate

# 32+ Zeichen, sonst gehen gespeicherte Alerts/Actions nach einem Neustart kaputt
xpack.encryptedSavedObjects.encryptionKey: "«alnum:32#kibana-eso»"   ⟦S kibana-eso-key⟧
xpack.reporting.encryptionKey: "${KIBANA_REPORTING_KEY}"   ⟦D kibana-rep-env⟧
xpack.security.encryptionKey: "${KIBANA_SECURITY_KEY}"   ⟦D kibana-env⟧

i18n.locale: "de-DE"
logging.root.level: warn
