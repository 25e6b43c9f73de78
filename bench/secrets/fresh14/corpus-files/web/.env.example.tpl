# Copy to web/.env and fill in. Never commit web/.env.
PORT=3000
PUBLIC_URL=http://localhost:3000

# Auth0 (dev tenant)
AUTH0_DOMAIN=pixelforge-dev.eu.auth0.com
AUTH0_CLIENT_ID=<client id from the Auth0 dashboard> ⟦D ex-auth0-id⟧
AUTH0_CLIENT_SECRET=<client secret from the Auth0 dashboard> ⟦D ex-auth0-secret⟧
SESSION_SECRET=change-me-to-32-random-bytes ⟦D ex-session⟧

# Stripe (test mode)
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx ⟦D ex-stripe⟧
STRIPE_WEBHOOK_SECRET=whsec_... ⟦D ex-whsec⟧

# Nakama (grants purchased gems through the runtime http key)
NAKAMA_URL=http://127.0.0.1:7350
NAKAMA_HTTP_KEY=defaulthttpkey ⟦D ex-nakama-default⟧
DATABASE_URL=postgres://user:password@localhost:5432/skyraid_shop ⟦D ex-db⟧
