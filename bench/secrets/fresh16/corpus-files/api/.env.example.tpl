# Copy to api/.env for local development. Real values live in 1Password ("Classnote dev").
DATABASE_URL=postgres://classnote:classnote@localhost:5432/classnote_development ⟦D envex-db⟧
REDIS_URL=redis://localhost:6379/0
SECRET_KEY_BASE= ⟦D envex-skb⟧
AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX ⟦D envex-akid⟧
AWS_SECRET_ACCESS_KEY=<your-secret-access-key> ⟦D envex-aws⟧
MUX_TOKEN_ID=
MUX_TOKEN_SECRET=<from mux dashboard, "Classnote dev" environment> ⟦D envex-mux⟧
ZOOM_ACCOUNT_ID=
ZOOM_CLIENT_ID=
ZOOM_CLIENT_SECRET=changeme ⟦D envex-zoom⟧
TWILIO_AUTH_TOKEN=your_auth_token
GRADER_URL=http://localhost:8000
GRADER_SHARED_SECRET=dev-only-not-secret ⟦D envex-grader⟧
