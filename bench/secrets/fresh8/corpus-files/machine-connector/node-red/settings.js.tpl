/**
 * Node-RED auf wb-mqtt01 (Docker, nodered/node-red:3.1). Nur die geänderten Einstellungen.
 */
module.exports = {
    flowFile: 'flows.json',
    // verschlüsselt flows_cred.json – ohne diesen Schlüssel sind die gespeicherten Zugangsdaten weg!
    credentialSecret: "«memorable#nodered-credsecret»",   ⟦S nr-credsecret⟧

    uiPort: process.env.PORT || 1880,
    httpAdminRoot: '/admin',

    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "«bcrypt_hash#nodered-admin»",   ⟦D nr-admin-hash⟧
            permissions: "*"
        }, {
            username: "schicht",
            password: "«bcrypt_hash#nodered-schicht»",   ⟦D nr-schicht-hash⟧
            permissions: "read"
        }]
    },

    functionGlobalContext: {
        // Kafka REST-Proxy (für den Fall, dass der kafka-Node hängt)
        kafkaRestUrl: process.env.KAFKA_REST_URL || "https://wb-kafka01.werkbank.local:8082",
    },

    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } }
};
