{
  "info": {
    "_postman_id": "«uuid#postman-id»",   ⟦D d-pm-id⟧
    "name": "Munchly API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    "_exporter_id": "«digits:8#postman-exporter»"   ⟦D d-pm-exporter⟧
  },
  "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "{{accessToken}}", "type": "string" }] },   ⟦D d-pm-bearer-var⟧
  "item": [
    {
      "name": "Login (customer)",
      "request": {
        "method": "POST",
        "url": "{{baseUrl}}/v1/auth/login",
        "body": { "mode": "raw", "raw": "{\"email\":\"qa+customer@munchly.app\",\"password\":\"{{customerPassword}}\"}" }   ⟦D d-pm-pw-var⟧
      }
    },
    {
      "name": "Refresh Google token (Sheets export)",
      "request": {
        "method": "POST",
        "url": "https://oauth2.googleapis.com/token",
        "body": {
          "mode": "urlencoded",
          "urlencoded": [
            { "key": "grant_type", "value": "refresh_token" },
            { "key": "client_id", "value": "«gclient#sheets»" },   ⟦D d-pm-gclient⟧
            { "key": "client_secret", "value": "«gocspx#sheets»" },   ⟦S s-pm-gocspx⟧
            { "key": "refresh_token", "value": "«google_refresh#sheets»" }   ⟦S s-pm-refresh⟧
          ]
        }
      }
    },
    {
      "name": "Algolia reindex",
      "request": {
        "method": "POST",
        "header": [
          { "key": "X-Algolia-Application-Id", "value": "«algolia_app#algolia»" },   ⟦D d-pm-algolia-app⟧
          { "key": "X-Algolia-API-Key", "value": "«hex:32#algolia-admin»" }   ⟦S s-pm-algolia⟧
        ],
        "url": "https://«algolia_app#algolia»-dsn.algolia.net/1/indexes/restaurants/batch"   ⟦D d-pm-algolia-url⟧
      }
    }
  ],
  "variable": [
    { "key": "baseUrl", "value": "https://staging-api.munchly.app" },
    { "key": "accessToken", "value": "" },
    { "key": "customerPassword", "value": "«pwh#qa-customer»" },   ⟦S s-pm-qa-pw⟧
    { "key": "adminApiKey", "value": "mk_live_«alnum:40#admin-api-key»" }   ⟦S s-pm-admin-key⟧
  ]
}
