{
  "login.title": "Anmeldung zur Demo",
  "login.password": "Passwort", ⟦D loc-password⟧
  "login.password_help": "Das Passwort haben Sie per E-Mail von Ihrem Ansprechpartner erhalten.", ⟦D loc-password-help⟧
  "api_key.label": "API-Schlüssel", ⟦D loc-apikey⟧
  "api_key.hint": "Beginnt mit tw_live_ … und wird nur einmal angezeigt.", ⟦D loc-apikey-hint⟧
  "forecast.band": "Prognoseband (p10–p90)",
  "store.select": "Filiale wählen"
}
