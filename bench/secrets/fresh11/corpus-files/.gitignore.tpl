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
