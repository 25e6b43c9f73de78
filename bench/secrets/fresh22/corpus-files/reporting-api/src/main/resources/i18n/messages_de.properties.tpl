login.title=Bei Bidstream anmelden
login.password=Passwort ⟦D i18n-de-pw⟧
login.password.forgot=Passwort vergessen? ⟦D i18n-de-forgot⟧
login.password.invalid=E-Mail oder Passwort ist falsch. ⟦D i18n-de-invalid⟧
apikeys.title=API-Tokens
apikeys.create=Token erstellen
apikeys.secret.once=Kopieren Sie das Secret jetzt. Es wird nicht erneut angezeigt. ⟦D i18n-de-once⟧
reports.empty=Keine Impressions in diesem Zeitraum.
