{
  "info": {
    "_postman_id": "«uuid#pm-coll»", ⟦D pm-id⟧
    "name": "Hafenlog Portal API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [
      { "key": "token", "value": "{{portal_api_token}}", "type": "string" } ⟦D pm-var⟧
    ]
  },
  "item": [
    {
      "name": "List shipments",
      "request": {
        "method": "GET",
        "header": [
          { "key": "X-Customer-Key", "value": "hlk_live_«alnum:40#pm-custkey»" } ⟦S pm-custkey⟧
        ],
        "url": "{{base_url}}/api/v1/shipments?status=in_transit"
      }
    },
    {
      "name": "Create booking",
      "request": {
        "method": "POST",
        "header": [{ "key": "Idempotency-Key", "value": "«uuid#pm-idem»" }], ⟦D pm-idem⟧
        "url": "{{base_url}}/api/v1/bookings"
      }
    }
  ]
}
