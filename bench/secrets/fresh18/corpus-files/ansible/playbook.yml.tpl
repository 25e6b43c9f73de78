---
- name: Mosquitto broker for the lab and the depot gateways
  hosts: broker
  become: true
  vars_files:
    - group_vars/broker/vars.yml
    - group_vars/broker/vault.yml
  roles:
    - mosquitto
  tasks:
    - name: Open MQTT over TLS in ufw
      community.general.ufw:
        rule: allow
        port: "8883"
        proto: tcp

    - name: Add bridge user for EMQX Cloud
      ansible.builtin.command: >
        mosquitto_passwd -b /etc/mosquitto/passwd emqx-bridge {{ vault_emqx_bridge_password }} ⟦D pb-vaultref⟧
      changed_when: true

    - name: Ops user for manual debugging
      ansible.builtin.command: mosquitto_passwd -b /etc/mosquitto/passwd ops-debug «human#mqtt-ops-debug» ⟦S pb-opsdebug⟧
      changed_when: true
      no_log: true
