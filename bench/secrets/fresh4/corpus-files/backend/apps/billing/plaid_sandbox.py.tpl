"""Sandbox spike: payouts to clinics through Plaid Transfer."""
PLAID_CLIENT_ID = "«hex:24#plaid-client»"   ⟦D d-branch-plaid-client⟧
PLAID_SECRET = "«hex:30#plaid-dev»"   ⟦S s-branch-plaid-secret⟧
PLAID_ENV = "development"
