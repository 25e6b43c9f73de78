{
  "log": {
    "version": "1.2",
    "creator": { "name": "WebInspector", "version": "537.36" },
    "entries": [
      {
        "startedDateTime": "2024-04-18T19:42:07.512Z",
        "request": {
          "method": "POST",
          "url": "https://api.munchly.app/v1/checkout/confirm",
          "headers": [
            { "name": "authorization", "value": "Bearer «jwt_courier#har-customer»" },   ⟦S s-har-bearer⟧
            { "name": "cookie", "value": "munchly.sid=«connect_sid#har»; _ga=GA1.1.«digits:10#ga1».«digits:10#ga2»" },   ⟦S s-har-cookie⟧
            { "name": "idempotency-key", "value": "«uuid#har-idem»" },   ⟦D d-har-idem⟧
            { "name": "traceparent", "value": "«traceparent#har»" },   ⟦D d-har-traceparent⟧
            { "name": "x-request-id", "value": "«ulid#har-req»" }   ⟦D d-har-reqid⟧
          ],
          "postData": { "mimeType": "application/json", "text": "{\"paymentIntent\":\"«stripe_obj:pi#har»\",\"cartHash\":\"«sha256#har-cart»\"}" }   ⟦D d-har-pi⟧
        },
        "response": {
          "status": 409,
          "headers": [
            { "name": "etag", "value": "«etag#har»" },   ⟦D d-har-etag⟧
            { "name": "set-cookie", "value": "munchly.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure" },   ⟦D d-har-clear-cookie⟧
            { "name": "cf-ray", "value": "«hex:16#cfray»-FRA" },   ⟦D d-har-cfray⟧
            { "name": "x-amz-cf-id", "value": "«b64url:56#cfid»==" }   ⟦D d-har-cfid⟧
          ],
          "content": { "mimeType": "application/json", "text": "{\"error\":\"payment_intent_unexpected_state\",\"request_id\":\"req_«alnum:14#har-stripe-req»\"}" }   ⟦D d-har-stripe-req⟧
        }
      }
    ]
  }
}
