# Cloudinary: worksheet thumbnails and the signed uploads from the mobile app (POST /uploads/signature).
development:
  cloud_name: classnote-dev
  api_key: "«digits:15#cld-dev-key»" ⟦D cld-dev-key⟧
  api_secret: "«b64url:27#cld-dev-secret»" ⟦S cld-dev-secret⟧
  secure: true

production:
  cloud_name: classnote
  api_key: <%= ENV["CLOUDINARY_API_KEY"] %>
  api_secret: <%= ENV["CLOUDINARY_API_SECRET"] %> ⟦D cld-prod-env⟧
  secure: true
  cdn_subdomain: true
