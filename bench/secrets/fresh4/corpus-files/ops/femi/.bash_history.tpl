ls -la /etc/carelane
sudo systemctl status carelane-worker@sms
export EDITOR=vim   ⟦D d-hist-editor⟧
export VAULT_ADDR=https://vault.carelane.internal:8200
export VAULT_TOKEN=«hvs_long#femi-history»   ⟦S s-hist-vault-token⟧
vault kv get secret/carelane/prod/db
mysql -h reports-db.carelane.internal -u root -p«pwr#hist-mysql» reports   ⟦S s-hist-mysql⟧
docker login ghcr.io -u northbeam-bot -p «ghp#hist-ghcr»   ⟦S s-hist-docker-login⟧
export NOMAD_TOKEN=$(vault read -field=secret_id nomad/creds/deploy)   ⟦D d-hist-subshell⟧
nomad job status notify
git log --oneline | head
