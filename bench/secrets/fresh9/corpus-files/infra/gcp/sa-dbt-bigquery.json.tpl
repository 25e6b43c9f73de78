{
  "type": "service_account",
  "project_id": "tidewater-prod",
  "private_key_id": "«hex:40#sa-dbt-kid»",
  "private_key": "«pem_rsa_json#sa-dbt»", ⟦S sa-json-private-key⟧
  "client_email": "dbt-bigquery@tidewater-prod.iam.gserviceaccount.com",
  "client_id": "«digits:21#sa-dbt-client»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/dbt-bigquery%40tidewater-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
