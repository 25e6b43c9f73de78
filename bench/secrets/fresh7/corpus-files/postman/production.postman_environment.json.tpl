{
  "id": "«uuid#pm-env»", ⟦D pmenv-id⟧
  "name": "Hafenlog production",
  "values": [
    { "key": "base_url", "value": "https://portal.hafenlog.de", "enabled": true },
    { "key": "portal_api_token", "value": "«hexsecret:48#pm-prod-token»", "enabled": true } ⟦S pmenv-token⟧
  ]
}
