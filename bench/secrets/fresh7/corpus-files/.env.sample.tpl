# copy to .env, never commit .env
DATABASE_URL=postgres://portal:portal@localhost:5432/portal_development ⟦D envs-localdb⟧
REDIS_URL=redis://localhost:6379/0
MAILGUN_API_KEY= ⟦D envs-mg⟧
MAILGUN_DOMAIN=mg.hafenlog.de
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX ⟦D envs-slack⟧
GOOGLE_CLIENT_ID=
GOOGLE_CLIENT_SECRET=changeme ⟦D envs-gcs⟧
SENTRY_DSN=
B2_KEY_ID=<your-b2-key-id> ⟦D envs-b2id⟧
B2_APPLICATION_KEY=<your-b2-application-key> ⟦D envs-b2key⟧
