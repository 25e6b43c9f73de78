{
  "token": {
    "access_token": "«google_access#clasp»", ⟦S clasprc-access⟧
    "refresh_token": "«google_refresh#clasp»", ⟦S clasprc-refresh⟧
    "scope": "https://www.googleapis.com/auth/script.deployments https://www.googleapis.com/auth/script.projects https://www.googleapis.com/auth/drive.metadata.readonly https://www.googleapis.com/auth/logging.read https://www.googleapis.com/auth/cloud-platform",
    "token_type": "Bearer",
    "id_token": "",
    "expiry_date": 1699874411218
  },
  "oauth2ClientSettings": {
    "clientId": "«gclient#clasp»", ⟦D clasp-clientid⟧
    "clientSecret": "«gocspx#clasp»", ⟦S clasprc-client-secret⟧
    "redirectUri": "http://localhost"
  },
  "isLocalCreds": true
}
