# copy to .env and fill in; django-environ reads it in settings/base.py
DEBUG=on
SECRET_KEY=change-me ⟦D envex-secret⟧
DATABASE_URL=postgres://homestead:homestead@localhost:5432/homestead ⟦D envex-db⟧
REDIS_URL=redis://localhost:6379/0
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx ⟦D envex-stripe⟧
STRIPE_WEBHOOK_SECRET= ⟦D envex-whsec⟧
DOCUSIGN_INTEGRATION_KEY=
DOCUSIGN_USER_ID=
DOCUSIGN_PRIVATE_KEY_PATH=integrations/docusign/private.key
TWILIO_AUTH_TOKEN=<twilio-auth-token> ⟦D envex-twilio⟧
MAILGUN_API_KEY=
SALESFORCE_PASSWORD=
AWS_SECRET_ACCESS_KEY=your-secret-here ⟦D envex-aws⟧
