terraform {
  required_version = ">= 1.6"
  required_providers {
    hcloud = {
      source  = "hetznercloud/hcloud"
      version = "~> 1.48"
    }
  }
  backend "s3" {
    bucket                      = "kb-tfstate"
    key                         = "hetzner/terraform.tfstate"
    region                      = "eu-central-003"
    endpoints                   = { s3 = "https://s3.eu-central-003.backblazeb2.com" }
    skip_credentials_validation = true
    skip_region_validation      = true
    skip_requesting_account_id  = true
    use_path_style              = true
  }
}

provider "hcloud" {
  token = var.hcloud_token
}

resource "hcloud_ssh_key" "mira" {
  name       = "mira"
  public_key = "«ssh_host#mira-laptop» mira@kettlebridge" ⟦D tf-sshkey-mira⟧
}

resource "hcloud_network" "private" {
  name     = "kb-private"
  ip_range = "10.30.0.0/16"
}

resource "hcloud_network_subnet" "k3s" {
  network_id   = hcloud_network.private.id
  type         = "cloud"
  network_zone = "eu-central"
  ip_range     = "10.30.1.0/24"
}

resource "hcloud_server" "k3s" {
  count       = 3
  name        = "k3s-0${count.index + 1}"
  server_type = "cx32"
  image       = "debian-12"
  location    = element(["fsn1", "nbg1", "hel1"], count.index)
  ssh_keys    = [hcloud_ssh_key.mira.id]
  labels      = { role = "k3s", managed = "terraform" }

  network {
    network_id = hcloud_network.private.id
    ip         = "10.30.1.${count.index + 11}"
  }

  # first boot only: ansible takes over and disables password login
  user_data = <<-CLOUDINIT
    #cloud-config
    ssh_pwauth: false
    chpasswd:
      expire: false
      users:
        - name: root
          password: «pw#hetzner-root» ⟦S tf-cloudinit-root⟧
          type: text
    package_update: true
    packages: [python3, curl]
  CLOUDINIT
}

resource "hcloud_server" "mail01" {
  name        = "mail01"
  server_type = "cx22"
  image       = "debian-12"
  location    = "fsn1"
  ssh_keys    = [hcloud_ssh_key.mira.id]
  labels      = { role = "mail", managed = "terraform" }
}

resource "hcloud_firewall" "web" {
  name = "web"
  rule {
    direction  = "in"
    protocol   = "tcp"
    port       = "443"
    source_ips = ["0.0.0.0/0", "::/0"]
  }
  rule {
    direction  = "in"
    protocol   = "udp"
    port       = "51820"
    source_ips = ["0.0.0.0/0", "::/0"]
  }
}

output "k3s_ips" {
  value = hcloud_server.k3s[*].ipv4_address
}
