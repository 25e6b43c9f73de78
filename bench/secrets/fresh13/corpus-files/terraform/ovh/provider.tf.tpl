terraform {
  required_providers {
    ovh = {
      source  = "ovh/ovh"
      version = "~> 0.51"
    }
  }
}

# keys created at https://eu.api.ovh.com/createToken/ (GET/PUT/POST /dedicated/server/*, /ip/*)
provider "ovh" {
  endpoint           = "ovh-eu"
  application_key    = var.ovh_application_key
  application_secret = "«ovh_secret#app»" ⟦S ovh-app-secret⟧
  consumer_key       = var.ovh_consumer_key
}

variable "ovh_application_key" {
  type = string
}

variable "ovh_consumer_key" {
  type      = string
  sensitive = true
}

data "ovh_dedicated_server" "pve01" {
  service_name = "ns3184227.ip-51-75-148.eu"
}

resource "ovh_ip_reverse" "pve01" {
  ip            = "51.75.148.203/32"
  ip_reverse    = "51.75.148.203"
  reverse       = "pve01.kettlebridge.net."
}
