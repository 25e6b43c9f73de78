# go
/bin/
*.test
coverage.out
# node
node_modules/
admin/build/
# ios
ios/Pods/
*.xcuserstate
DerivedData/
# android
android/.gradle/
android/build/
android/app/build/
*.jks
# terraform
.terraform/
*.tfstate
*.tfstate.backup
.terragrunt-cache/
