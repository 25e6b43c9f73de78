/**
 * The history of the thirteenth fresh repository ("Kettlebridge", a two-person managed-hosting agency's ops
 * monorepo). About a quarter of the planted secrets live only in history: an Ansible become password and a Mailgun
 * relay password moved into the vault, a Terraform tfvars file with the Hetzner token and a one-off GitLab runner
 * registration script deleted, Vaultwarden's plain admin token replaced by its argon2 hash, a Cloudflare token and a
 * mysqldump password moved out of scripts, a Proxmox root password dropped from the README, Wasabi keys rotated away
 * when offsite backups moved to B2, a freelancer's unmerged n8n branch, and a root password only in a commit message.
 *
 * Templates live as plain text in bench/secrets/fresh13/corpus-files/<repo path>[@vN].tpl (read at run time):
 * «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧ line labels. Commit messages use the same syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'mira' | 'tobi' | 'sanne' };

export const AUTHORS = {
  mira: { name: 'Mira Lindqvist', email: 'mira@kettlebridge.net' },
  tobi: { name: 'Tobias Brandt', email: 'tobi@kettlebridge.net' },
  sanne: { name: 'Sanne de Vries', email: 'sanne@devries-it.nl' },
} as const;

const { files, tpl } = corpusFiles('fresh13');

export const STEPS: Step[] = [
  {
    message: 'ops repo: inventory, group vars with vault, known hosts, README',
    date: '2025-01-13T08:40:00+01:00',
    author: 'mira',
    write: files(
      'README.md',
      '.gitignore',
      'ansible/ansible.cfg',
      'ansible/inventories/prod/hosts.yml',
      'ansible/inventories/prod/group_vars/all/vars.yml',
      'ansible/inventories/prod/group_vars/all/vault.yml',
      'ssh/known_hosts',
    ),
  },
  {
    message:
      'terraform: hetzner k3s nodes + mail01, cloudflare dns, ovh reverse dns\n\nThe OVH box (pve01) was reinstalled from the rescue system; root password until ansible has run: «pw#ovh-rescue-root» ⟦S msg-ovh-root⟧\nTerraform state is in B2 (kb-tfstate).',
    date: '2025-01-20T17:05:00+01:00',
    author: 'tobi',
    write: files('terraform/hetzner/main.tf', 'terraform/hetzner/terraform.tfvars', 'terraform/cloudflare/main.tf', 'terraform/ovh/provider.tf'),
  },
  {
    message: 'roles: postfix relay with dkim, wireguard spokes; host vars for mail01 and backup01',
    date: '2025-01-27T10:15:00+01:00',
    author: 'mira',
    write: files(
      'ansible/roles/postfix/defaults/main.yml',
      'ansible/roles/postfix/templates/sasl_passwd.j2',
      'ansible/roles/postfix/README.md',
      'ansible/roles/postfix/files/dkim/kettlebridge.net.private',
      'ansible/roles/wireguard/templates/wg0.conf.j2',
      'ansible/inventories/prod/host_vars/mail01.yml',
      'ansible/inventories/prod/host_vars/backup01.yml',
    ),
  },
  {
    message: 'stacks: traefik (cloudflare dns challenge), authelia, vaultwarden',
    date: '2025-02-03T21:30:00+01:00',
    author: 'tobi',
    write: files(
      'stacks/.env.example',
      'stacks/traefik/docker-compose.yml',
      'stacks/traefik/traefik.yml',
      'stacks/traefik/dynamic/middlewares.yml',
      'stacks/authelia/configuration.yml',
      'stacks/authelia/users_database.yml',
      'stacks/vaultwarden/docker-compose.yml',
    ),
  },
  {
    message: 'stacks: nextcloud (mueller), gitea, gitlab runner, mattermost, shared db stack',
    date: '2025-02-12T16:45:00+01:00',
    author: 'tobi',
    write: files(
      'stacks/nextcloud/config.php',
      'stacks/gitea/app.ini',
      'stacks/gitlab-runner/config.toml',
      'stacks/gitlab-runner/register.sh',
      'stacks/mattermost/docker-compose.yml',
      'stacks/db/docker-compose.yml',
    ),
  },
  {
    message: 'customer sites: sonnenschein (woocommerce + order export), nordlicht (ghost + schedule sync), matomo',
    date: '2025-02-24T11:20:00+01:00',
    author: 'mira',
    write: files(
      'stacks/wordpress/sonnenschein/wp-config.php',
      'scripts/woo-orders-export.sh',
      'stacks/matomo/config.ini.php',
      'stacks/ghost/config.production.json',
      'scripts/ghost-sync-events.mjs',
    ),
  },
  {
    message: 'mueller haustechnik: home assistant, pi-hole, openwrt, handover notes',
    date: '2025-03-05T14:00:00+01:00',
    author: 'mira',
    write: files(
      'customers/mueller-haustechnik/homeassistant/secrets.yaml',
      'customers/mueller-haustechnik/pihole/setupVars.conf',
      'docs/handover/mueller-haustechnik.md',
      'network/openwrt/mueller/wireless',
      'network/openwrt/mueller/network',
    ),
  },
  {
    message: 'network: wireguard hub on pve01, tailscale join script for customer boxes, cloudflared tunnel for mueller HA, sonnenschein mikrotik',
    date: '2025-03-14T09:25:00+01:00',
    author: 'tobi',
    write: files(
      'network/wireguard/wg0-office.conf',
      'network/wireguard/peers.md',
      'network/tailscale/up.sh',
      'network/cloudflared/config.yml',
      'network/cloudflared/credentials/mueller-ha.json',
      'network/mikrotik/sonnenschein-gw.rsc',
    ),
  },
  {
    message: 'backups: rclone offsite to wasabi, borg for vzdump, db dumps, minio, hcloud snapshots, cron on backup01',
    date: '2025-03-25T19:10:00+01:00',
    author: 'mira',
    write: files(
      'backup/rclone.conf',
      'backup/borg-customer-vms.sh',
      'stacks/minio/docker-compose.yml',
      'scripts/db-dump.sh',
      'scripts/cf-purge.sh',
      'scripts/hetzner-snapshot.py',
      'cron/backup01.cron',
    ),
  },
  {
    message:
      'monitoring: prometheus, alertmanager (mattermost + telegram), grafana with authelia sso; proxmox terraform; k3s join config\n\nGrafana is up at grafana.kettlebridge.net; until authelia sso works log in as admin / «human#grafana-first-login» ⟦S msg-grafana-login⟧',
    date: '2025-04-02T15:35:00+02:00',
    author: 'tobi',
    write: files(
      'monitoring/prometheus/prometheus.yml',
      'monitoring/prometheus/targets/blackbox.yml',
      'monitoring/alertmanager/alertmanager.yml',
      'monitoring/grafana/grafana.ini',
      'monitoring/grafana/provisioning/datasources/datasources.yml',
      'terraform/proxmox/provider.tf',
      'k3s/config.yaml',
      'k3s/manifests/registry-pull.yaml',
    ),
  },
  {
    message: 'n8n stack for Bauer Logistik (WIP, not deployed yet)\n\nweclapp token is the one Bauer IT mailed on 9 April; DB password in .env for now. ⟦D msg-n8n-note⟧',
    date: '2025-04-10T13:50:00+02:00',
    author: 'sanne',
    branch: 'feature/n8n-bauer',
    write: files('stacks/n8n/docker-compose.yml', 'stacks/n8n/.env'),
  },
  {
    message:
      'vault cleanup: become and relay passwords into the vault, tfvars and runner registration out of git\n\nRotated: hcloud token, mailgun smtp password, cloudflare purge token, mysql backup user, vaultwarden admin token.\nNew vault vars: vault_become_wp_sonnenschein, vault_postfix_relay_password (ansible-vault edit group_vars/all/vault.yml). ⟦D msg-vault-vars⟧',
    date: '2025-04-16T18:20:00+02:00',
    author: 'mira',
    remove: ['terraform/hetzner/terraform.tfvars', 'stacks/gitlab-runner/register.sh'],
    write: {
      'README.md': tpl('README.md', 'v2'),
      '.gitignore': tpl('.gitignore', 'v2'),
      'ansible/inventories/prod/hosts.yml': tpl('ansible/inventories/prod/hosts.yml', 'v2'),
      'ansible/inventories/prod/host_vars/mail01.yml': tpl('ansible/inventories/prod/host_vars/mail01.yml', 'v2'),
      'stacks/vaultwarden/docker-compose.yml': tpl('stacks/vaultwarden/docker-compose.yml', 'v2'),
      'scripts/cf-purge.sh': tpl('scripts/cf-purge.sh', 'v2'),
      'scripts/db-dump.sh': tpl('scripts/db-dump.sh', 'v2'),
    },
  },
  {
    message: 'offsite backups to b2 (wasabi keys deleted), portal nginx config, postmortem of the 22 april outage',
    date: '2025-04-28T10:05:00+02:00',
    author: 'tobi',
    write: {
      'backup/rclone.conf': tpl('backup/rclone.conf', 'v2'),
      'cron/backup01.cron': tpl('cron/backup01.cron', 'v2'),
      ...files('web/nginx/sites/kunden-portal.conf', 'docs/postmortems/2025-04-vaultwarden-outage.md'),
    },
  },
  {
    message: 'gitea role, wordpress customer admins',
    date: '2025-05-06T09:00:00+02:00',
    author: 'mira',
    write: files('ansible/roles/gitea/defaults/main.yml', 'ansible/roles/gitea/README.md', 'ansible/inventories/prod/group_vars/customers_wp/vars.yml'),
  },
];
