# Ruby / Rails
/api/log/*
/api/tmp/*
/api/storage/*
/api/.bundle
/api/.env

# Node / Expo
node_modules/
/mobile/.expo/
/mobile/dist/
/mobile/ios/
/mobile/android/

# Python
__pycache__/
*.pyc
/grader/.venv/

# Terraform
.terraform/
*.tfstate
*.tfstate.backup

.DS_Store
