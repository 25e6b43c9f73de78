[broker]
mqtt-lab ansible_host=10.20.0.10 ansible_user=ops

[broker:vars]
ansible_ssh_private_key_file=~/.ssh/coldchain_ops_ed25519
ansible_become_pass=«weak#ops-sudo» ⟦S inv-become⟧
