### Carebridge admin API — VS Code REST Client requests
@host = https://api.staging.carebridge.health
# staff token for the demo clinic admin (valid for a long time, from `make staff-token`)
@token = «jwt_staff#demo-admin» ⟦S http-token⟧

### list today's appointments
GET {{host}}/admin/appointments?date=2024-04-20
Authorization: Bearer {{token}} ⟦D http-bearer-var⟧

### audit export
GET {{host}}/admin/audit/export?from=2024-04-01&to=2024-04-30
X-Export-Token: {{$dotenv AUDIT_EXPORT_TOKEN}} ⟦D http-dotenv⟧

### refund a copay
POST {{host}}/admin/payments/pi_3P«alnum:22#pi»/refund
Authorization: Bearer {{token}}
Content-Type: application/json

{ "reason": "requested_by_customer", "idempotency_key": "«uuid#refund-idem»" } ⟦D http-idem⟧
