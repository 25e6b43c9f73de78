provider "hcloud" {
  token = var.hcloud_token ⟦D tf-var⟧
}

provider "digitalocean" {
  token             = var.do_token
  spaces_access_id  = "«do_spaces#tf»" ⟦S tf-spaces-id⟧
  spaces_secret_key = "«b64std:43#tf-spaces-secret»" ⟦S tf-spaces-secret⟧
}

resource "hcloud_server" "app" {
  count       = 2
  name        = "app-${count.index + 1}"
  image       = "ubuntu-24.04"
  server_type = "cpx31"
  location    = "fsn1"
  ssh_keys    = [var.ssh_key_fingerprint]
}

resource "digitalocean_spaces_bucket" "exports" {
  name   = "hafenlog-exports"
  region = "fra1"
}
