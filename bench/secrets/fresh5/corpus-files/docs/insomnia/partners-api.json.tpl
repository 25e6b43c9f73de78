{
  "_type": "export",
  "__export_format": 4,
  "__export_date": "2024-04-02T14:08:19.731Z",
  "__export_source": "insomnia.desktop.app:v8.6.1",
  "resources": [
    {
      "_id": "req_«hex:32#ins-req1»",   ⟦D d-ins-reqid⟧
      "_type": "request",
      "name": "List restaurants (partner API)",
      "url": "{{ _.base_url }}/partners/v1/restaurants",
      "authentication": { "type": "basic", "username": "partner-tablets", "password": "«pwr#partner-basic»" }   ⟦S s-ins-basic⟧
    },
    {
      "_id": "req_«hex:32#ins-req2»",   ⟦D d-ins-reqid2⟧
      "_type": "request",
      "name": "Order status callback (signed)",
      "url": "{{ _.base_url }}/webhooks/tablet",
      "headers": [{ "name": "X-Munchly-Signature", "value": "sha256={% hash 'sha256', 'hex', '' %}" }]   ⟦D d-ins-tag⟧
    },
    {
      "_id": "env_«hex:32#ins-env»",   ⟦D d-ins-envid⟧
      "_type": "environment",
      "name": "Staging",
      "data": { "base_url": "https://staging-api.munchly.app", "api_token": "{{ _.vault.api_token }}" }   ⟦D d-ins-vault⟧
    },
    {
      "_id": "env_«hex:32#ins-env2»",   ⟦D d-ins-envid2⟧
      "_type": "environment",
      "name": "Production",
      "data": { "base_url": "https://api.munchly.app", "api_token": "mk_live_«alnum:40#admin-api-key-2»" }   ⟦S s-ins-prod-token⟧
    }
  ]
}
