/**
 * Thirteenth fresh-repository bench (issue 14: "a repository that you do not see"): a held-out figure. Not a test: it
 * prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh13.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Kettlebridge", the `ops` monorepo of a two-person
 * managed-hosting agency that runs servers for small businesses: Ansible roles and inventories (host_vars,
 * group_vars, an Ansible Vault file), Terraform for Hetzner Cloud, OVH, Cloudflare and Proxmox, a k3s join config and
 * manifests, Docker Compose stacks (Traefik with basic-auth labels and a Cloudflare DNS challenge, Authelia,
 * Vaultwarden, Nextcloud config.php, Gitea app.ini, a GitLab runner, Mattermost, Matomo, WordPress/WooCommerce,
 * Ghost, Plausible, MinIO, Postgres/MariaDB/Redis, n8n on a freelancer's unmerged branch), one customer's Home
 * Assistant secrets.yaml, Pi-hole and OpenWrt configs, WireGuard, Tailscale, a Cloudflare tunnel credentials file,
 * a MikroTik export, rclone/borg/restic backups, db dump and API scripts in shell, Python and Node, cron, Prometheus,
 * Alertmanager and Grafana, an nginx site with an htpasswd file, a customer handover (German) and an incident
 * postmortem. The templates are in bench/secrets/fresh13/corpus-files/ (plain text, read at run time). It was
 * written by a thirteenth author without reading launchready's rules, engine, tests, docs of what the scanner
 * handles, or the other corpora's templates, and nobody tunes on it: it is run once, and its misses and false
 * positives are listed only with --list.
 *
 * Labels and scoring: `secret` lines must get a fail or warn finding on their file and line (history-only ones at the
 * commit that introduced them), `decoy` lines and unlabelled lines must not. Commit messages carry labels too (file
 * `COMMIT_MSG`). Recall and precision are printed for the tree scan and the `--history` scan, at any severity and at
 * medium or above. --keep leaves the generated repository (path printed); --build-only builds it and prints the
 * counts without running launchready; --cli runs another build's bin/launchready.js.
 *
 * The builder and scorer are bench/secrets/fresh-driver.ts, shared with the other fresh benches.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh13/gen.js';
import { AUTHORS, STEPS } from './fresh13/steps.js';

runFresh({
  slug: 'fresh13',
  ordinal: 'thirteenth',
  identity: { name: 'Kettlebridge', email: 'ops@kettlebridge.net' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
