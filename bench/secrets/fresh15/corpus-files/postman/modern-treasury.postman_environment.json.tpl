{
  "id": "«uuid#pm-env»",
  "name": "Modern Treasury - live",
  "values": [
    { "key": "baseUrl", "value": "https://app.moderntreasury.com/api", "type": "default", "enabled": true },
    { "key": "organizationId", "value": "«uuid#mt-org»", "type": "default", "enabled": true },
    { "key": "apiKey", "value": "«mt_key#live-postman»", "type": "secret", "enabled": true }, ⟦S pm-mt-key⟧
    { "key": "internalAccountId", "value": "«uuid#mt-ia»", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-04-11T09:12:44.120Z",
  "_postman_exported_using": "Postman/11.0.4"
}
