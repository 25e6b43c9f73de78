[server]
bind = "0.0.0.0:8443"
request_timeout_ms = 300

[issuer]
base_url = "https://api.lithic.com/v1"
jwks_url = "https://api.lithic.com/.well-known/jwks.json"

[ledger]
grpc = "http://ledger.prod.svc.cluster.local:50051"

[kafka]
brokers = "pkc-4r297.us-east-1.aws.confluent.cloud:9092"
security_protocol = "SASL_SSL"
sasl_mechanism = "PLAIN"
# sasl_username comes from CARD_AUTH__KAFKA__SASL_USERNAME (the Confluent key id)
sasl_password = "«ccloud_secret#card-auth»" ⟦S ca-prod-kafka-pw⟧

[velocity]
# per-card counters (ElastiCache, TLS, AUTH enabled)
redis_url = "rediss://default:«pwr#card-auth-redis»@master.card-auth-velocity.x7kq2p.use1.cache.amazonaws.com:6379/0" ⟦S ca-redis-url⟧
window_seconds = 3600

[datadog]
statsd = "127.0.0.1:8125"
service = "card-auth"
env = "prod"
