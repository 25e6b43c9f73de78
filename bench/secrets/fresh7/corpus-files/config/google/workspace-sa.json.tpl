{
  "type": "service_account",
  "project_id": "hafenlog-workspace",
  "private_key_id": "«hex:40#gsa-kid»", ⟦D gsa-kid⟧
  "private_key": "«pem_rsa_json#gsa»", ⟦S gsa-key⟧
  "client_email": "calendar-sync@hafenlog-workspace.iam.gserviceaccount.com", ⟦D gsa-email⟧
  "client_id": "1«digits:20#gsa-client»", ⟦D gsa-clientid⟧
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
