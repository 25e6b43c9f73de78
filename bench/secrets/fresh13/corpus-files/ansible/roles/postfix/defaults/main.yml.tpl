---
postfix_hostname: "{{ inventory_hostname }}.kettlebridge.net"
postfix_mynetworks: "127.0.0.0/8 [::1]/128 10.20.0.0/16 10.30.0.0/16 100.64.0.0/10"
postfix_relay_host: ""
postfix_relay_user: ""
postfix_relay_password: "" ⟦D postfix-default-empty⟧
postfix_dkim_selector: kb2025
postfix_dkim_domains:
  - kettlebridge.net
