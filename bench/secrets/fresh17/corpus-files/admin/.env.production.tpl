REACT_APP_API_URL=https://api.carebridge.health
REACT_APP_COGNITO_POOL_ID=«cognito_pool#prod» ⟦D adminprod-pool⟧
REACT_APP_COGNITO_CLIENT_ID=«cognito_client#admin» ⟦D adminprod-client⟧
REACT_APP_STRIPE_PUBLISHABLE_KEY=«stripe_pk:live#admin» ⟦D adminprod-pk⟧
# refunds page calls Stripe directly for now (ticket CB-412 moves it behind the billing service)
REACT_APP_STRIPE_RESTRICTED_KEY=«stripe_rk:live#admin-refunds» ⟦S adminprod-rk⟧
