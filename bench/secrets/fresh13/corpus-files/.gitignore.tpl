.venv/
*.retry
.envrc
.terraform/
*.tfstate
*.tfstate.backup
.DS_Store
