---
kb_admin_email: ops@kettlebridge.net
kb_timezone: Europe/Berlin
kb_ssh_port: 22

# users that get an account and sudo on every host
kb_admins:
  - name: mira
    pubkey: "«ssh_host#mira-laptop» mira@kettlebridge" ⟦D vars-pub-mira⟧
  - name: tobi
    pubkey: "«ssh_host#tobi-laptop» tobi@thinkpad" ⟦D vars-pub-tobi⟧

# everything secret lives in vault.yml next to this file
postfix_relay_host: "[smtp.eu.mailgun.org]:587"
postfix_relay_user: "postmaster@mg.kettlebridge.net"
postfix_relay_password: "{{ vault_postfix_relay_password }}" ⟦D vars-relay-ref⟧

restic_repository: "sftp:u391244@u391244.your-storagebox.de:/restic/{{ inventory_hostname }}"
restic_password: "{{ vault_restic_password }}" ⟦D vars-restic-ref⟧

hcloud_token: "{{ lookup('env', 'HCLOUD_TOKEN') }}" ⟦D vars-hcloud-lookup⟧
cloudflare_api_token: "{{ lookup('community.general.passwordstore', 'kettlebridge/cloudflare') }}" ⟦D vars-cf-lookup⟧

node_exporter_version: 1.8.2
node_exporter_basic_auth_user: prometheus
node_exporter_basic_auth_password: "{{ vault_node_exporter_password }}" ⟦D vars-nodeexp-ref⟧
