{
  "uuid": "«uuid#retool-app»",   ⟦D d-retool-uuid⟧
  "name": "Orders dashboard",
  "exportedAt": "2024-03-18T10:22:41.113Z",
  "resources": [
    {
      "name": "munchly_prod_readonly",
      "type": "postgresql",
      "options": {
        "host": "dpg-«lower:20#render-db»-a.frankfurt-postgres.render.com",   ⟦D d-retool-host⟧
        "port": 5432,
        "databaseName": "munchly_prod",
        "databaseUsername": "retool_ro",
        "databasePassword": "«pwr#retool-ro»",   ⟦S s-retool-dbpw⟧
        "ssl": true
      }
    },
    {
      "name": "stripe_restapi",
      "type": "restapi",
      "options": {
        "baseURL": "https://api.stripe.com/v1",
        "headers": [["Authorization", "Bearer «rk_live#retool-refunds»"]],   ⟦S s-retool-rk⟧
        "authentication": "none"
      }
    },
    {
      "name": "munchly_api",
      "type": "restapi",
      "options": {
        "baseURL": "https://api.munchly.app/admin",
        "headers": [["Authorization", "Bearer {{ retoolContext.configVars.MUNCHLY_ADMIN_TOKEN }}"]]   ⟦D d-retool-configvar⟧
      }
    }
  ],
  "queries": [
    { "name": "refundOrder", "resource": "stripe_restapi", "body": "charge={{ table1.selectedRow.data.charge_id }}&reason=requested_by_customer" },
    { "name": "recentOrders", "resource": "munchly_prod_readonly", "query": "select id, status, total_cents from orders order by created_at desc limit 100" }
  ],
  "appState": { "lastEditedBy": "amara@munchly.app", "version": "3.33.7", "checksum": "«sha256#retool-checksum»" }   ⟦D d-retool-checksum⟧
}
