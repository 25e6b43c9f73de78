module.exports = {
    flowFile: 'flows.json',
    // the key that encrypts flows_cred.json; without it the credentials file is unreadable
    credentialSecret: "«mem#nodered-cred»", ⟦S nr-credsecret⟧
    uiPort: process.env.PORT || 1880,
    mqttReconnectTime: 15000,
    serialReconnectTime: 15000,
    debugMaxLength: 1000,

    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "«bcrypt#nr-admin»", ⟦D nr-bcrypt⟧
            permissions: "*"
        }]
    },

    httpNodeAuth: { user: "grafana", pass: "«bcrypt#nr-httpnode»" }, ⟦D nr-bcrypt2⟧

    functionGlobalContext: {
        influxToken: "«influx#nodered-write»", ⟦S nr-influx⟧
    },

    logging: {
        console: { level: "info", metrics: false, audit: false }
    },

    editorTheme: {
        projects: { enabled: false }
    }
};
