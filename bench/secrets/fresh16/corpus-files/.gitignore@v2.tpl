# Ruby / Rails
/api/log/*
/api/tmp/*
/api/storage/*
/api/.bundle
/api/.env
/api/.env.*
!/api/.env.example
/api/config/master.key
/api/config/credentials/*.key
/api/config/lti/*.pem

# Node / Expo
node_modules/
/mobile/.expo/
/mobile/dist/
/mobile/ios/
/mobile/android/
/mobile/credentials.json
/mobile/*.jks

# Python
__pycache__/
*.pyc
/grader/.venv/
/grader/.env

# Terraform
.terraform/
*.tfstate
*.tfstate.backup
*.tfvars

.DS_Store
