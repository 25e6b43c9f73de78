#!/usr/bin/env bash
# manual deploy of the Go relay and the invoice module to app-1
set -euo pipefail
HOST=deploy@app-1.hafenlog.de
KEY=${DEPLOY_KEY:-$HOME/.ssh/hafenlog_deploy} ⟦D deploy-keypath⟧

(cd relay && GOOS=linux go build -o ../build/relay .)
scp -i "$KEY" build/relay "$HOST:/opt/relay/relay.new"
rsync -az --delete -e "ssh -i $KEY" legacy/invoice/ "$HOST:/var/www/invoice/"
ssh -i "$KEY" "$HOST" 'mv /opt/relay/relay.new /opt/relay/relay && sudo systemctl restart relay'

# db-1 has no key yet, Jonas will add one
sshpass -p '«pwh#db1-root»' ssh root@db-1.hafenlog.de 'systemctl reload pgbouncer' ⟦S deploy-sshpass⟧
