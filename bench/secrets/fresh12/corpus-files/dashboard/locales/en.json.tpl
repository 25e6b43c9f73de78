{
  "settings.apiKeys.title": "API keys",
  "settings.apiKeys.public": "Public key (safe to use in your website's HTML)",
  "settings.apiKeys.secret": "Secret key",
  "settings.apiKeys.secretHint": "Your secret key is shown once. Store it in your password manager.", ⟦D en-secret-hint⟧
  "settings.apiKeys.reveal": "Reveal secret key",
  "settings.apiKeys.rotate": "Rotate key",
  "settings.zendesk.token": "Zendesk API token", ⟦D en-zd-token⟧
  "settings.zendesk.tokenHelp": "Admin Center → Apps and integrations → Zendesk API → Add API token",
  "settings.shopify.connect": "Connect your Shopify store",
  "auth.password": "Password", ⟦D en-password⟧
  "auth.passwordTooShort": "Password must be at least 12 characters",
  "auth.forgotPassword": "Forgot your password?"
}
