{
  "type": "service_account",
  "project_id": "openharbor-data",
  "private_key_id": "«hex:40#sa-kid»",
  "private_key": "«pem_rsa_json#warehouse-sa»", ⟦S sa-private-key⟧
  "client_email": "«gsa_email:etl-bigquery#sa»",
  "client_id": "1«digits:20#sa-client»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/etl-bigquery%40openharbor-data.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
