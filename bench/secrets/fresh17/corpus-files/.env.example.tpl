# copy to .env and fill in your sandbox values
DATABASE_URL=postgres://carebridge:carebridge@localhost:5432/carebridge?sslmode=disable ⟦D envex-db⟧
STRIPE_SECRET_KEY=sk_test_your_key_here ⟦D envex-stripe⟧
STRIPE_WEBHOOK_SECRET=whsec_... ⟦D envex-whsec⟧
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ⟦D envex-twsid⟧
TWILIO_API_KEY_SID=
TWILIO_API_KEY_SECRET=<from twilio console> ⟦D envex-twsecret⟧
EPIC_CLIENT_ID=
EPIC_PRIVATE_KEY_PATH=./secrets/epic-nonprod.pem
REDOX_API_KEY=
REDOX_SECRET=
AWS_PROFILE=carebridge-dev
