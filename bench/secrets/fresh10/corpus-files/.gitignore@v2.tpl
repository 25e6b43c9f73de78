# dependencies
node_modules/
vendor/
magento/vendor/
magento/generated/
magento/pub/static/
magento/var/
blog/wp-content/uploads/
blog/wp-content/cache/

# builds
site/dist/
site/.netlify/
shopify-app/build/
shopify-app/.cache/
ios/build/
ios/Pods/

# os / editors
.DS_Store
.idea/
.vscode/
*.swp

# local env and keys — never commit these (see docs/SECURITY-CLEANUP.md)
.env
.env.*
!.env.example
!**/.env.example
*.p8
*.p12
*.mobileprovision
auth.json
backoffice/storage/logs/
