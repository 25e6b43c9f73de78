[defaults]
url = https://de.sentry.io/
org = relaydesk
project = dashboard

[auth]
token = «sntryu#noah» ⟦S sentryclirc⟧
