{
  "auth": {
    "email": "Email",
    "password": "Password",   ⟦D d-en-password⟧
    "passwordPlaceholder": "Enter your password",   ⟦D d-en-pwph⟧
    "signIn": "Sign in"
  },
  "settings": {
    "apiKey": "API key",   ⟦D d-en-apikey⟧
    "apiKeyPlaceholder": "qm_live_xxxxxxxxxxxxxxxxxxxx",   ⟦D d-en-apikeyph⟧
    "webhookSecret": "Webhook signing secret",   ⟦D d-en-whsec⟧
    "secretCopied": "Secret copied!"
  }
}
