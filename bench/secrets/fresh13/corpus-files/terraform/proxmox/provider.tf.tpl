terraform {
  required_providers {
    proxmox = {
      source  = "bpg/proxmox"
      version = "~> 0.63"
    }
  }
}

provider "proxmox" {
  endpoint  = "https://pve01.kettlebridge.net:8006/"
  # API token of terraform@pve (role KBTerraform: VM.Allocate, VM.Config.*, Datastore.AllocateSpace)
  api_token = "terraform@pve!tf=«uuid#pve-tf-token»" ⟦S pve-api-token⟧
  insecure  = false
  ssh {
    agent    = true
    username = "root"
  }
}

resource "proxmox_virtual_environment_vm" "wp_nordlicht" {
  name      = "wp-nordlicht"
  node_name = "pve01"
  vm_id     = 132
  tags      = ["customer", "wordpress"]

  cpu {
    cores = 2
    type  = "x86-64-v2-AES"
  }
  memory {
    dedicated = 3072
  }
  disk {
    datastore_id = "local-zfs"
    interface    = "scsi0"
    size         = 40
    file_id      = "local:iso/debian-12-genericcloud-amd64.img"
  }
  network_device {
    bridge = "vmbr1"
  }
  initialization {
    ip_config {
      ipv4 {
        address = "10.20.0.32/16"
        gateway = "10.20.0.1"
      }
    }
    user_account {
      username = "kbadmin"
      keys     = [trimspace(file("~/.ssh/id_ed25519.pub"))]
    }
  }
}
