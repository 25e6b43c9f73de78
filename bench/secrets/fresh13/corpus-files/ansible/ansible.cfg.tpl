[defaults]
inventory = inventories/prod
roles_path = roles:~/.ansible/roles
vault_password_file = ~/.kb-vault-pass
host_key_checking = True
retry_files_enabled = False
stdout_callback = yaml
forks = 10
interpreter_python = auto_silent

[ssh_connection]
pipelining = True
ssh_args = -o ControlMaster=auto -o ControlPersist=60s
