/ledger/_build/
/ledger/deps/
/card-auth/target/
__pycache__/
*.pyc
.venv/
.env
!.env.example
analytics/dbt/target/
analytics/dbt/logs/
.DS_Store
# never again
/ledger/config/prod.secret.exs
*-secret.asc
