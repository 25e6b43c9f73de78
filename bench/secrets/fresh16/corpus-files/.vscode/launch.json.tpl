{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "rdbg",
      "name": "rails server (local)",
      "request": "launch",
      "cwd": "${workspaceFolder}/api",
      "script": "bin/rails server",
      "env": { "RAILS_ENV": "development" }
    },
    {
      "type": "rdbg",
      "name": "rails console against staging DB",
      "request": "launch",
      "cwd": "${workspaceFolder}/api",
      "script": "bin/rails console",
      "env": {
        "RAILS_ENV": "staging",
        "DATABASE_URL": "postgres://classnote_app:«pwh#db-staging»@classnote-staging.c9x2hq4tzv1m.us-east-1.rds.amazonaws.com:5432/classnote_staging" ⟦S vsc-dburl⟧
      }
    },
    {
      "type": "debugpy",
      "name": "grader (uvicorn)",
      "request": "launch",
      "module": "uvicorn",
      "args": ["app.main:app", "--reload", "--port", "8000"],
      "cwd": "${workspaceFolder}/grader",
      "envFile": "${workspaceFolder}/grader/.env" ⟦D vsc-envfile⟧
    }
  ]
}
