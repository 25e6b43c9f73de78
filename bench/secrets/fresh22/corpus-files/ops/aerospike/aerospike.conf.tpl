service {
  proto-fd-max 15000
  cluster-name bidstream-freqcap
}

security {
  enable-quotas true
  log {
    report-authentication true
    report-violation true
  }
}

network {
  service { address any; port 3000 }
  heartbeat { mode mesh; port 3002; mesh-seed-address-port aerospike-0.aerospike 3002 }
  fabric { port 3001 }
  tls bidstream-tls {
    cert-file /etc/aerospike/tls/server.crt
    key-file /etc/aerospike/tls/server.key
    key-file-password env:AEROSPIKE_TLS_KEY_PASSWORD ⟦D as-keypw-env⟧
  }
}

namespace freqcap {
  replication-factor 2
  default-ttl 1d
  storage-engine memory { data-size 8G }
}
