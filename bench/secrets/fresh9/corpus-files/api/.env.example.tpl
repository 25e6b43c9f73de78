# copy to api/.env for local runs
TW_DATABASE_URL=postgresql://user:password@localhost:5432/forecast ⟦D envex-dsn⟧
TW_JWT_SECRET=change-me ⟦D envex-jwt⟧
TW_ADMIN_KEY=tw_admin_<generate with: python -c "import secrets; print(secrets.token_urlsafe(24))"> ⟦D envex-admin⟧
TW_RATE_LIMIT_PER_MINUTE=120
