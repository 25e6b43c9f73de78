# Sendcloud support ticket #48213 — labels fail for Belgian pick-up points

Opened by Bastien, 6 Feb 2024. Sendcloud asked for the full request and response, pasted below from
`storage/logs/laravel-2024-02-06.log` on mv-app-01.

```
[2024-02-06 09:14:03] production.ERROR: Sendcloud parcel failed for 100004398 {"request_id":"«uuid#req1»","method":"POST","url":"https://panel.sendcloud.sc/api/v2/parcels"} ⟦D tk-reqid⟧
[2024-02-06 09:14:03] production.DEBUG: request headers {"Accept":["application/json"],"Authorization":["Basic «b64pair#sendcloud-prod»"],"User-Agent":["GuzzleHttp/7"]} ⟦S tk-basic⟧
[2024-02-06 09:14:03] production.DEBUG: request body {"parcel":{"name":"Lotte Peeters","city":"Gent","postal_code":"9000","country":"BE","shipment":{"id":2145},"to_service_point":10783412,"weight":"2.400"}}
[2024-02-06 09:14:03] production.DEBUG: response 412 {"error":{"code":412,"message":"to_post_number is required for this service point","request":"api/v2/parcels"}}
[2024-02-06 09:14:03] production.INFO: traceparent «traceparent#tk» ⟦D tk-trace⟧
```

Answer from Sendcloud (7 Feb): Belgian bpost points need `to_post_number` (the customer's bpost card number).
Fixed in `SendcloudClient::createParcel()`.
