test:
  service: Disk
  root: <%= Rails.root.join("tmp/storage") %>

local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

# submissions (photos of worksheets, audio, PDFs) and lesson attachments
amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %> ⟦D storage-akid⟧
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: us-east-1
  bucket: classnote-submissions-<%= Rails.env %>
  upload:
    server_side_encryption: "aws:kms"
