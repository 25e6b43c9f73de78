# copy to .env and fill in; never commit .env
NODE_ENV=development
PORT=3000
DATABASE_URL=postgresql://munchly:munchly@localhost:5432/munchly   ⟦D d-envex-db-local⟧
REDIS_URL=redis://localhost:6379/0
JWT_SECRET=change-me   ⟦D d-envex-jwt⟧
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx   ⟦D d-envex-stripe⟧
STRIPE_WEBHOOK_SECRET=whsec_...   ⟦D d-envex-whsec⟧
STRIPE_CONNECT_CLIENT_ID=ca_XXXXXXXXXXXXXXXXXXXXXXXX   ⟦D d-envex-ca⟧
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx   ⟦D d-envex-twsid⟧
TWILIO_AUTH_TOKEN=<your-twilio-auth-token>   ⟦D d-envex-twtoken⟧
TWILIO_VERIFY_SERVICE_SID=VA00000000000000000000000000000000   ⟦D d-envex-verify⟧
GOOGLE_MAPS_SERVER_KEY=   ⟦D d-envex-maps⟧
FIREBASE_SERVICE_ACCOUNT_PATH=./credentials/firebase-adminsdk.json
ONESIGNAL_REST_API_KEY=${ONESIGNAL_REST_API_KEY}   ⟦D d-envex-onesignal⟧
ALGOLIA_ADMIN_KEY=your-algolia-admin-key   ⟦D d-envex-algolia⟧
FIELD_ENCRYPTION_KEY=0000000000000000000000000000000000000000000000000000000000000000   ⟦D d-envex-aes⟧
