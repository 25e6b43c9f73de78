{
  "type": "service_account",
  "project_id": "pixelforge-analytics",
  "private_key_id": "«hex:40#bqkeyid»", ⟦D bq-keyid⟧
  "private_key": "«pem_rsa_json#bq»", ⟦S bq-key⟧
  "client_email": "telemetry-loader@pixelforge-analytics.iam.gserviceaccount.com",
  "client_id": "«digits:21#bqclient»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/telemetry-loader%40pixelforge-analytics.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
