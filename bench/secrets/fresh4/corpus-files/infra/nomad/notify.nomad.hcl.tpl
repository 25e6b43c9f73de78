job "notify" {
  datacenters = ["fsn1"]
  group "notify" {
    count = 2
    task "phoenix" {
      driver = "docker"
      config { image = "ghcr.io/northbeam/carelane-notify:2024.03.1" }
      vault { policies = ["carelane-notify"] }
      template {
        data        = <<EOT
SECRET_KEY_BASE={{ with secret "kv/data/carelane/notify" }}{{ .Data.data.secret_key_base }}{{ end }}   ⟦D d-nomad-template⟧
DATABASE_URL={{ key "carelane/notify/database_url" }}
EOT
        destination = "secrets/app.env"
        env         = true
      }
      env {
        LINODE_TOKEN = "«hex:64#linode»"   ⟦S s-nomad-linode⟧
        POOL_SIZE    = "10"
      }
    }
  }
}
