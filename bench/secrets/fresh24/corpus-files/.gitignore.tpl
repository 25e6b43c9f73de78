*.log
out/
*.pfx
.vscode/
