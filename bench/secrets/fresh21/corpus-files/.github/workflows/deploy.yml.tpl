name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1 ⟦D gh-checkout-sha⟧
      - uses: shivammathur/setup-php@6d7209f44a25a59e904b1ee9f3b0c33ab2cd888d # v2 ⟦D gh-php-sha⟧
        with:
          php-version: '8.2'
      - run: composer install --no-dev --no-interaction
      - name: rsync to vps1
        env:
          SSH_KEY: ${{ secrets.VPS_DEPLOY_KEY }} ⟦D gh-ssh-secret⟧
          KNOWN_HOSTS: ${{ vars.VPS_KNOWN_HOSTS }}
        run: |
          install -m 600 /dev/stdin ~/.ssh/id_ed25519 <<< "$SSH_KEY" ⟦D gh-ssh-stdin⟧
          echo "$KNOWN_HOSTS" > ~/.ssh/known_hosts
          rsync -az --delete --exclude=web/sites/default/files ./ deploy@vps1.openharbor.org:/var/www/openharbor/
          ssh deploy@vps1.openharbor.org 'cd /var/www/openharbor && vendor/bin/drush deploy -y'
      - name: notify
        run: curl -fsS -X POST -H 'Content-type: application/json' --data '{"text":"openharbor.org deployed"}' "${{ secrets.SLACK_WEBHOOK_URL }}" ⟦D gh-slack-secret⟧
