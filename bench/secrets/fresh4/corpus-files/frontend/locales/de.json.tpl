{
  "login.password": "Passwort",   ⟦D d-de-password⟧
  "login.forgot": "Passwort vergessen?",   ⟦D d-de-forgot⟧
  "login.secret_question": "Geheimfrage für die Wiederherstellung",   ⟦D d-de-secretq⟧
  "settings.api_token": "Persönliches Zugriffstoken",   ⟦D d-de-token⟧
  "booking.confirm": "Termin bestätigen"
}
