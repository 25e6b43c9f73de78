# staging on Render (munchly-api-staging); committed so preview builds work — TODO move to env group
NODE_ENV=staging
DATABASE_URL=postgresql://munchly_staging:«pwu#staging-db»@dpg-«lower:20#render-staging-db»-a.frankfurt-postgres.render.com/munchly_staging   ⟦S s-stg-db⟧
STRIPE_SECRET_KEY=«sk_test#staging»   ⟦D d-stg-sktest⟧
STRIPE_PUBLISHABLE_KEY=«pk_test#staging»   ⟦D d-stg-pktest⟧
TWILIO_ACCOUNT_SID=«twilio_sid#staging»   ⟦D d-stg-twsid⟧
TWILIO_AUTH_TOKEN=«twilio_token#staging»   ⟦S s-stg-twtoken⟧
REVENUECAT_SECRET_KEY=«rc_secret#staging»   ⟦S s-stg-rc⟧
JWT_SECRET=«b64:48#staging-jwt»   ⟦S s-stg-jwt⟧
LOG_LEVEL=debug
FEATURE_FLAGS=rain_bonus,batch_dispatch
