{
  "type": "service_account",
  "project_id": "munchly-prod",
  "private_key_id": "«sha1#fb-sa-kid»",   ⟦D d-fbsa-kid⟧
  "private_key": "«pem_rsa_json#fb-sa»",   ⟦S s-fbsa-key⟧
  "client_email": "«gsa_email:firebase-adminsdk-x3k9q»",
  "client_id": "«digits:21#fb-sa-client»",   ⟦D d-fbsa-clientid⟧
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x3k9q%40munchly-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
