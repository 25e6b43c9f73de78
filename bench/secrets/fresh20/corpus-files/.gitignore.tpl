.venv/
__pycache__/
*.pyc
/.env
frontend/node_modules/
frontend/dist/
media/uploads/
*.sqlite3
