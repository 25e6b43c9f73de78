all:
  children:
    proxmox:
      hosts:
        pve01:
          ansible_host: 51.75.148.203
          ansible_user: root
    k3s:
      hosts:
        k3s-01: { ansible_host: 168.119.52.17 }
        k3s-02: { ansible_host: 168.119.52.44 }
        k3s-03: { ansible_host: 168.119.53.9 }
    infra:
      hosts:
        mail01:
          ansible_host: 49.12.201.88
        backup01:
          ansible_host: 49.12.201.91
    customers_wp:
      hosts:
        wp-sonnenschein:
          ansible_host: 10.20.0.31
          ansible_user: kbadmin
          ansible_become_pass: «weak#become-wp» ⟦S hosts-become⟧
          ansible_ssh_common_args: '-J root@51.75.148.203'
        wp-nordlicht:
          ansible_host: 10.20.0.32
          ansible_ssh_common_args: '-J root@51.75.148.203'
    customers_ha:
      hosts:
        ha-mueller:
          ansible_host: 100.101.22.7   # tailscale
