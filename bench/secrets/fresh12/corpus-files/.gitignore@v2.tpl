__pycache__/
*.pyc
.venv/
.pytest_cache/
.ruff_cache/
.ipynb_checkpoints/
node_modules/
.next/
.DS_Store

# secrets: never again
.env
.env.*
!.env.example
!dashboard/.env.local.example
dashboard/.env.local
*.pem
