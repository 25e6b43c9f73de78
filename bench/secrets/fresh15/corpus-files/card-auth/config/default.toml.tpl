# card-auth: answers the issuer's authorization stream / JIT funding requests.
# Values here are defaults for local runs; production overrides come from env (CARD_AUTH__SECTION__KEY).

[server]
bind = "0.0.0.0:8443"
request_timeout_ms = 350
max_in_flight = 512

[issuer]
base_url = "https://sandbox.lithic.com/v1"
api_key = "" # set CARD_AUTH__ISSUER__API_KEY ⟦D ca-def-key⟧
# issuer's public key for the ASA stream is fetched from their JWKS; pinned thumbprint for alerts only
jwks_url = "https://sandbox.lithic.com/.well-known/jwks.json"
jwks_thumbprint = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs" ⟦D ca-thumb⟧

[ledger]
grpc = "http://ledger.internal:50051"
hold_ttl_seconds = 604800

[limits]
default_daily_cents = 500000
mcc_blocklist = ["7995", "6051", "4829"]

[kafka]
brokers = "localhost:9092"
topic_decisions = "card.auth.decisions.v1"
