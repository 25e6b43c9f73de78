# shared defaults for the admin console (create-react-app style, baked into the bundle at build time)
REACT_APP_API_URL=https://api.staging.carebridge.health
REACT_APP_COGNITO_POOL_ID=«cognito_pool#staging» ⟦D admin-env-pool⟧
REACT_APP_COGNITO_CLIENT_ID=«cognito_client#admin-staging» ⟦D admin-env-client⟧
REACT_APP_STRIPE_PUBLISHABLE_KEY=«stripe_pk:test#admin» ⟦D admin-env-pk⟧
REACT_APP_DD_CLIENT_TOKEN=«dd_pub#admin» ⟦D admin-env-dd⟧
REACT_APP_DD_APPLICATION_ID=«uuid#dd-rum-app» ⟦D admin-env-ddapp⟧
