# Ordertrail Admin – UI texts (German)
login.title=Anmeldung Ordertrail Admin
login.username=Benutzername
login.password=Passwort ⟦D props-password-label⟧
login.username.required=Bitte Benutzernamen eingeben
login.password.required=Bitte Passwort eingeben ⟦D props-password-required⟧
login.failed=Benutzername oder Passwort falsch
login.password.forgot=Passwort vergessen? Bitte an technik@ordertrail.de wenden. ⟦D props-password-forgot⟧
customers.title=Kunden
customers.ftp.password=FTP-Passwort (verschlüsselt gespeichert) ⟦D props-ftp-password-label⟧
pricelist.upload=Preisliste hochladen
pricelist.token.invalid=Das Formular ist abgelaufen (Token ungültig), bitte neu laden. ⟦D props-token-invalid⟧
