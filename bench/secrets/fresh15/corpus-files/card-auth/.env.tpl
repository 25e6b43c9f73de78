RUN_ENV=production
CARD_AUTH__ISSUER__API_KEY=«issuer_key#lithic-prod-v1» ⟦S ca-env-lithic⟧
ISSUER_WEBHOOK_SECRET=«whsec#lithic-prod-asa» ⟦S ca-env-wh⟧
DD_API_KEY=«dd_api#card-auth-old» ⟦S ca-env-dd⟧
RUST_LOG=card_auth=info,tower_http=warn
