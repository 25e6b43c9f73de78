---
postfix_relay_host: "[smtp.eu.mailgun.org]:587"
postfix_relay_user: "postmaster@mg.kettlebridge.net"
# TODO vault this
postfix_relay_password: "«hex:32#mailgun-smtp»-«hex:8#mailgun-smtp2»-«hex:8#mailgun-smtp3»" ⟦S mail01-relay⟧
postfix_mynetworks: "127.0.0.0/8 10.20.0.0/16 10.30.0.0/16 100.64.0.0/10 168.119.52.0/24"
