{
  "exportedAt": "2024-05-20T17:42:11.093Z",
  "retoolVersion": "3.52.0",
  "resources": [
    {
      "name": "ledger_replica",
      "type": "postgresql",
      "options": {
        "host": "ledger-prod-ro.cluster-ro-c8x2kq1vzr7d.us-east-1.rds.amazonaws.com",
        "port": "5432",
        "databaseName": "ledger",
        "databaseUsername": "retool_ro",
        "databasePassword": "«pwr#retool-ro»", ⟦S retool-db-pw⟧
        "ssl": true,
        "disableConnectionPooling": false
      }
    },
    {
      "name": "lithic_api",
      "type": "restapi",
      "options": {
        "baseURL": "https://api.lithic.com/v1",
        "headers": [["Authorization", "api-key «issuer_key#lithic-retool»"]], ⟦S retool-lithic⟧
        "authentication": "none"
      }
    },
    {
      "name": "ledger_ops_api",
      "type": "restapi",
      "options": {
        "baseURL": "https://api.ledgerline.io/ops/v1",
        "headers": [["Authorization", "Bearer {{ current_user.metadata.ops_token }}"]], ⟦D retool-templated⟧
        "authentication": "none"
      }
    },
    {
      "name": "stripe",
      "type": "stripe",
      "options": { "stripeApiKey": "«rk_live#retool-stripe»" } ⟦S retool-stripe-rk⟧
    }
  ],
  "apps": [{ "name": "Payout review", "uuid": "«uuid#retool-app»" }] ⟦D retool-app-uuid⟧
}
