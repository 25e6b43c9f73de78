{
  "type": "service_account",
  "project_id": "relaydesk-prod",
  "private_key_id": "«g_key_id#gmail-sa»", ⟦D sa-key-id⟧
  "private_key": "«g_sa_key#gmail-sa»", ⟦S sa-private-key⟧
  "client_email": "gmail-delegate@relaydesk-prod.iam.gserviceaccount.com",
  "client_id": "1«digits:20#sa-client»", ⟦D sa-client-id⟧
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/gmail-delegate%40relaydesk-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
