# Kettlebridge ops

Infrastructure for everything Kettlebridge hosts: our own services and the small businesses we run servers for.
Two of us maintain this (Mira and Tobi); if you are reading this as a new freelancer, welcome — read the whole file.

## Layout

| Path | What |
|------|------|
| `ansible/` | roles, inventories (`prod` only, staging is a VM on pve01 we rebuild) |
| `terraform/` | Hetzner Cloud, Cloudflare DNS/tunnels, OVH dedicated, Proxmox |
| `stacks/` | Docker Compose stacks, one folder per service, deployed by the `compose` role |
| `customers/` | per-customer bits that do not fit a role (Home Assistant, Pi-hole, handover notes) |
| `network/` | WireGuard, Tailscale, cloudflared, MikroTik and OpenWrt exports |
| `backup/` | restic, borg and rclone configuration |
| `monitoring/` | Prometheus, Alertmanager, Grafana |

## Getting started

```sh
python3 -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
ansible-galaxy install -r ansible/requirements.yml
echo 'ask Mira for the vault password' > ~/.kb-vault-pass && chmod 600 ~/.kb-vault-pass
ansible -i ansible/inventories/prod all -m ping
```

Secrets go into `ansible/inventories/prod/group_vars/all/vault.yml` (`ansible-vault edit ...`), never into plain vars.
Variables that come from the vault are prefixed `vault_`, e.g. `postfix_relay_password: "{{ vault_postfix_relay_password }}"`. ⟦D readme-vaultref⟧

## Hosts

- `pve01` Proxmox on the OVH dedicated box (Roubaix), runs most customer VMs
- `k3s-01..03` Hetzner CX32, our own k3s cluster (Gitea, Mattermost, status page)
- `mail01` Postfix relay for every customer server (relays through Mailgun EU)
- `backup01` Hetzner storage box frontend, restic and borg targets

Proxmox web UI: https://pve01.kettlebridge.net:8006 — log in with your own PVE user (realm `pve`), not root.
Until the PVE users exist: root / «human#pve-root» ⟦S readme-pve-root⟧

## SSH host keys

Check fingerprints on first connect; they are also in `ssh/known_hosts`.

- pve01: `«ssh_fp#pve01»` ⟦D readme-fp-pve01⟧
- mail01: `«ssh_fp#mail01»` ⟦D readme-fp-mail01⟧
