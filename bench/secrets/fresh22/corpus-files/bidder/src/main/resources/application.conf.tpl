bidstream {
  bidder {
    http {
      interface = "0.0.0.0"
      port = 8080
      port = ${?BIDDER_PORT}
      tmax-ms = 80
    }

    # seat ids are public: SSPs send them back in win notices
    seats {
      magnite = "bs-1184"
      pubmatic = "158923"
      index = "bidstream_ix"
    }

    aerospike {
      hosts = ["aerospike-0.aerospike:3000", "aerospike-1.aerospike:3000"]
      namespace = "freqcap"
      user = "bidder"
      password = "«pw#aerospike-bidder»" ⟦S conf-aerospike-pw⟧
      password = ${?AEROSPIKE_PASSWORD}
    }

    cassandra {
      contact-points = ["cassandra-0.cassandra:9042"]
      local-datacenter = "eu-west-1"
      keyspace = "campaigns"
      username = "bidder"
      password = "changeme" ⟦D conf-cassandra-placeholder⟧
      password = ${?CASSANDRA_PASSWORD} ⟦D conf-cassandra-env⟧
    }

    kafka {
      bootstrap-servers = "pkc-4nym6.eu-west-1.aws.confluent.cloud:9092"
      bootstrap-servers = ${?KAFKA_BOOTSTRAP}
      topic.bids = "bids.v2"
      topic.wins = "wins.v2"
      sasl {
        mechanism = "PLAIN"
        username = "«ccloud_key#bidder»" ⟦S conf-ccloud-key⟧
        password = "«ccloud_secret#bidder»" ⟦S conf-ccloud-secret⟧
        password = ${?KAFKA_SASL_PASSWORD}
      }
    }

    pacing-grpc {
      host = "pacing.bidstream.svc.cluster.local"
      port = 50051
      tls {
        keystore = "/etc/bidstream/tls/bidder.p12"
        keystore-type = "PKCS12"
        keystore-password = ${?BIDDER_KEYSTORE_PASSWORD} ⟦D conf-keystore-env⟧
        truststore = "/etc/bidstream/tls/ca.jks"
      }
    }
  }
}

akka {
  loglevel = "INFO"
  http.server.idle-timeout = 30s
  http.server.request-timeout = 100ms
}
