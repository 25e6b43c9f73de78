## EMQX 5 on the cloud VM that bridges the depots to AWS IoT Core
node {
  name = "emqx@10.40.1.12"
  cookie = "«hex:40#emqx-cookie»" ⟦S emqx-cookie⟧
  data_dir = "data"
}

cluster {
  name = coldchain
  discovery_strategy = manual
}

dashboard {
  listeners.http.bind = 18083
  default_username = "admin"
  default_password = "«human#emqx-dashboard»" ⟦S emqx-dash⟧
}

authentication = [
  {
    mechanism = password_based
    backend = built_in_database
    password_hash_algorithm { name = sha256, salt_position = suffix }
  }
]

bridges.mqtt.aws_iot {
  server = "«aws_iot_ep#lab»:8883"
  ssl {
    enable = true
    cacertfile = "etc/certs/AmazonRootCA1.pem"
    certfile = "etc/certs/emqx-bridge.cert.pem"
    keyfile = "etc/certs/emqx-bridge.private.key" ⟦D emqx-keypath⟧
  }
  clientid_prefix = "emqx-bridge-"
}

log.file.level = warning
