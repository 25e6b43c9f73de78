{
  "type": "service_account",
  "project_id": "pc-api-«digits:19#playproj»-123", ⟦D gp-projid⟧
  "private_key_id": "«hex:40#playkeyid»", ⟦D gp-keyid⟧
  "private_key": "«pem_rsa_json#play»", ⟦S gp-key⟧
  "client_email": "fastlane-upload@pc-api-«digits:19#playproj»-123.iam.gserviceaccount.com",
  "client_id": "«digits:21#playclient»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/fastlane-upload%40pc-api-«digits:19#playproj»-123.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
