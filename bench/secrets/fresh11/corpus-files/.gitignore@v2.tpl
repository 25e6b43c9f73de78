## .NET
bin/
obj/
*.user
*.suo
.vs/
*.rsuser
TestResults/
artifacts/

## Rider / VS Code
.idea/
.vscode/*
!.vscode/extensions.json

## never again (see commit "remove secrets.json")
secrets.json
appsettings.*.local.json
*.pfx
