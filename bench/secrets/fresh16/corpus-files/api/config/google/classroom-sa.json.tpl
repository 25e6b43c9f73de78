{
  "type": "service_account",
  "project_id": "classnote-classroom",
  "private_key_id": "«hex:40#gsa-kid»", ⟦D gsa-kid⟧
  "private_key": "«pem_rsa_json#classroom-sa»", ⟦S gsa-key⟧
  "client_email": "roster-sync@classnote-classroom.iam.gserviceaccount.com",
  "client_id": "«digits:21#gsa-client»", ⟦D gsa-clientid⟧
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/roster-sync%40classnote-classroom.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
