{
  "web": {
    "client_id": "«gclient#web»",   ⟦D d-google-clientid⟧
    "project_id": "carelane-prod-412210",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "«gocspx#web»",   ⟦S s-google-oauth-secret⟧
    "redirect_uris": ["https://api.carelane.health/accounts/google/login/callback/"]
  }
}
