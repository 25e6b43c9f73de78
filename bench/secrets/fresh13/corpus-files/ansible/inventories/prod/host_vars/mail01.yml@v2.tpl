---
postfix_relay_host: "[smtp.eu.mailgun.org]:587"
postfix_relay_user: "postmaster@mg.kettlebridge.net"
postfix_relay_password: "{{ vault_postfix_relay_password }}" ⟦D mail01-relay-vault⟧
postfix_mynetworks: "127.0.0.0/8 10.20.0.0/16 10.30.0.0/16 100.64.0.0/10 168.119.52.0/24"
