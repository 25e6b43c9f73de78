# {{ ansible_managed }}
{{ postfix_relay_host }} {{ postfix_relay_user }}:{{ postfix_relay_password }} ⟦D sasl-template⟧
