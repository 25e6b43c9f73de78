terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
  }
}

# TODO move to CLOUDFLARE_API_TOKEN like the hetzner project (tobi)
provider "cloudflare" {
  api_token = "«cf_token#dns-edit»" ⟦S cf-provider-token⟧
}

locals {
  account_id = "«hex:32#cf-account»" ⟦D cf-account-id⟧
  zones = {
    "kettlebridge.net"          = "«hex:32#zone-kb»" ⟦D cf-zone-kb⟧
    "baeckerei-sonnenschein.de" = "«hex:32#zone-sonnenschein»" ⟦D cf-zone-sonnenschein⟧
    "mueller-haustechnik.de"    = "«hex:32#zone-mueller»" ⟦D cf-zone-mueller⟧
  }
}

resource "cloudflare_record" "mx" {
  zone_id  = local.zones["kettlebridge.net"]
  name     = "@"
  type     = "MX"
  content  = "mail01.kettlebridge.net"
  priority = 10
}

resource "cloudflare_record" "spf" {
  zone_id = local.zones["kettlebridge.net"]
  name    = "@"
  type    = "TXT"
  content = "v=spf1 mx include:mailgun.org -all"
}

resource "cloudflare_record" "dkim" {
  zone_id = local.zones["kettlebridge.net"]
  name    = "kb2025._domainkey"
  type    = "TXT"
  content = "v=DKIM1; k=rsa; p=«dkim_pub#kb2025»" ⟦D cf-dkim-pub⟧
}

resource "cloudflare_record" "dmarc" {
  zone_id = local.zones["kettlebridge.net"]
  name    = "_dmarc"
  type    = "TXT"
  content = "v=DMARC1; p=quarantine; rua=mailto:dmarc@kettlebridge.net"
}

resource "cloudflare_record" "shop" {
  zone_id = local.zones["baeckerei-sonnenschein.de"]
  name    = "shop"
  type    = "A"
  content = "51.75.148.203"
  proxied = true
}

resource "cloudflare_record" "google_verify" {
  zone_id = local.zones["mueller-haustechnik.de"]
  name    = "@"
  type    = "TXT"
  content = "google-site-verification=«b64url:43#gsv-mueller»" ⟦D cf-google-verify⟧
}

resource "cloudflare_zero_trust_tunnel_cloudflared" "mueller" {
  account_id = local.account_id
  name       = "mueller-ha"
  secret     = var.tunnel_secret_mueller
}
