{
  "auth": {
    "password": "Password", ⟦D i18n-password⟧
    "passwordHint": "At least 10 characters, not your email", ⟦D i18n-hint⟧
    "forgot": "Forgot your password?",
    "resetSent": "We sent a reset link to {email}. It expires in 1 hour.",
    "tokenExpired": "This link has expired. Request a new one." ⟦D i18n-token⟧
  },
  "landlord": {
    "payouts": "Payouts",
    "connectStripe": "Connect your bank account with Stripe",
    "apiKeyLabel": "Your listing feed key" ⟦D i18n-apikey⟧
  },
  "lease": {
    "sign": "Sign lease with DocuSign",
    "signed": "Signed on {date}"
  }
}
