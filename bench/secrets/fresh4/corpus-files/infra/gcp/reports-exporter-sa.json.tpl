{
  "type": "service_account",
  "project_id": "carelane-prod-412210",
  "private_key_id": "«hex:40#gcp-keyid»",   ⟦D d-gcp-keyid⟧
  "private_key": "«pem_rsa_json#gcp-sa»",   ⟦S s-gcp-sa-key⟧
  "client_email": "reports-exporter@carelane-prod-412210.iam.gserviceaccount.com",   ⟦D d-gcp-email⟧
  "client_id": "«digits:21#gcp-clientid»",   ⟦D d-gcp-clientid⟧
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
