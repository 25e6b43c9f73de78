variable "hcloud_token" {
  type      = string
  sensitive = true ⟦D tf-sensitive⟧
}

variable "do_token" {
  type      = string
  sensitive = true
  default   = "" ⟦D tf-empty⟧
}

variable "ssh_key_fingerprint" {
  default = "«md5fp#hcloud-ssh»" ⟦D tf-fp⟧
}
