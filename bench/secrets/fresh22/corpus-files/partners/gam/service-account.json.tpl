{
  "type": "service_account",
  "project_id": "bidstream-reporting",
  "private_key_id": "«hex:40#gam-kid»", ⟦D gam-kid⟧
  "private_key": "«pem_rsa_json#gam»", ⟦S gam-pk⟧
  "client_email": "gam-reports@bidstream-reporting.iam.gserviceaccount.com",
  "client_id": "«digits:21#gam-client»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/gam-reports%40bidstream-reporting.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
