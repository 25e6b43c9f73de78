local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

test:
  service: Disk
  root: <%= Rails.root.join("tmp/storage") %>

# proof-of-delivery photos, Wasabi eu-central-2
wasabi:
  service: S3
  endpoint: https://s3.eu-central-2.wasabisys.com
  access_key_id: «wasabi_id#pod» ⟦S storage-wasabi-id⟧
  secret_access_key: «wasabi_secret#pod» ⟦S storage-wasabi-secret⟧
  region: eu-central-2
  bucket: hafenlog-pod

# old bucket, read-only, keys come from credentials
wasabi_archive:
  service: S3
  endpoint: https://s3.eu-central-2.wasabisys.com
  access_key_id: <%= Rails.application.credentials.dig(:wasabi, :archive_key_id) %> ⟦D storage-cred-id⟧
  secret_access_key: <%= Rails.application.credentials.dig(:wasabi, :archive_secret) %> ⟦D storage-cred-secret⟧
  region: eu-central-2
  bucket: hafenlog-pod-archive
