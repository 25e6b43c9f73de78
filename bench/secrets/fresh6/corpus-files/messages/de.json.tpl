{
  "auth": {
    "email": "E-Mail",
    "password": "Passwort",   ⟦D d-de-password⟧
    "forgotPassword": "Passwort vergessen?",   ⟦D d-de-forgot⟧
    "signIn": "Anmelden"
  },
  "settings": {
    "apiKey": "API-Schlüssel",   ⟦D d-de-apikey⟧
    "apiKeyHint": "Dein persönlicher API-Schlüssel beginnt mit qm_ und wird nur einmal angezeigt.",   ⟦D d-de-apikeyhint⟧
    "regenerateToken": "Token neu erzeugen",   ⟦D d-de-token⟧
    "webhookSecret": "Webhook-Geheimnis",   ⟦D d-de-whsec⟧
    "secretCopied": "Geheimnis kopiert!"
  },
  "billing": { "upgrade": "Auf Pro upgraden", "cancel": "Abo kündigen" }
}
