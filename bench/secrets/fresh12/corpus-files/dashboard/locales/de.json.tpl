{
  "settings.apiKeys.title": "API-Schlüssel",
  "settings.apiKeys.public": "Öffentlicher Schlüssel (darf im HTML Ihrer Website stehen)",
  "settings.apiKeys.secret": "Geheimer Schlüssel", ⟦D de-secret⟧
  "settings.apiKeys.secretHint": "Der geheime Schlüssel wird nur einmal angezeigt. Bewahren Sie ihn in Ihrem Passwortmanager auf.",
  "settings.apiKeys.reveal": "Geheimen Schlüssel anzeigen",
  "settings.apiKeys.rotate": "Schlüssel erneuern",
  "settings.zendesk.token": "Zendesk-API-Token",
  "settings.zendesk.tokenHelp": "Admin Center → Apps und Integrationen → Zendesk API → API-Token hinzufügen",
  "settings.shopify.connect": "Shopify-Shop verbinden",
  "auth.password": "Passwort", ⟦D de-password⟧
  "auth.passwordTooShort": "Das Passwort muss mindestens 12 Zeichen lang sein",
  "auth.forgotPassword": "Passwort vergessen?"
}
