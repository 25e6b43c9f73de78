# Portal API

Authenticate with the key from *Settings → API keys*:

```
curl -H "X-Customer-Key: hlk_live_<your key>" https://portal.hafenlog.de/api/v1/shipments ⟦D doc-curl⟧
```

Webhook deliveries carry `X-Relay-Signature: <hex HMAC-SHA256 of the body>`. ⟦D doc-sig⟧

Example response:

```json
{ "id": "«uuid#doc-ship»", "reference": "HL-2024-004211", "status": "in_transit", "eta": "2024-05-02T14:00:00Z" } ⟦D doc-uuid⟧
```

Test key for the sandbox (returns canned data only): `hlk_test_0000000000000000000000000000000000000000` ⟦D doc-testkey⟧
