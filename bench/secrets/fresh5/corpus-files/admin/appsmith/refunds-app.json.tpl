{
  "clientSchemaVersion": 1,
  "serverSchemaVersion": 7,
  "exportedApplication": { "name": "Refunds", "slug": "refunds", "appIsExample": false },
  "datasourceList": [
    {
      "name": "Munchly Admin API",
      "pluginId": "restapi-plugin",
      "datasourceConfiguration": {
        "url": "https://api.munchly.app/admin",
        "headers": [
          { "key": "Authorization", "value": "Bearer «jwt_admin#appsmith»" },   ⟦S s-appsmith-jwt⟧
          { "key": "X-Request-Source", "value": "appsmith" }
        ]
      }
    },
    {
      "name": "Munchly DB (staging)",
      "pluginId": "postgres-plugin",
      "datasourceConfiguration": {
        "endpoints": [{ "host": "staging-db.internal.munchly.app", "port": 5432 }],
        "authentication": { "authenticationType": "dbAuth", "username": "appsmith", "password": "" }   ⟦D d-appsmith-emptypw⟧
      }
    }
  ],
  "actionList": [
    { "name": "issueRefund", "body": "{ \"orderId\": {{Table1.selectedRow.id}}, \"token\": {{appsmith.store.sessionToken}} }" },   ⟦D d-appsmith-store⟧
    { "name": "lookupCourier", "path": "/couriers/{{Input1.text}}" }
  ],
  "editModeTheme": { "id": "«hex:24#appsmith-theme»" },   ⟦D d-appsmith-theme⟧
  "publishedLayoutId": "«hex:24#appsmith-layout»"   ⟦D d-appsmith-layout⟧
}
