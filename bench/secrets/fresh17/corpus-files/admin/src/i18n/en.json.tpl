{
  "login.title": "Clinic staff sign-in",
  "login.email": "Work email",
  "login.password": "Password", ⟦D i18n-pw⟧
  "login.passwordHint": "At least 12 characters, with a number and a symbol", ⟦D i18n-pwhint⟧
  "login.mfa": "Enter the 6-digit code from your authenticator app",
  "login.sessionExpired": "Your session token expired. Please sign in again.", ⟦D i18n-token⟧
  "settings.apiKey": "API key", ⟦D i18n-apikey⟧
  "settings.rotateSecret": "Rotate webhook secret",
  "patients.search": "Search by name or date of birth",
  "visits.join": "Join visit"
}
