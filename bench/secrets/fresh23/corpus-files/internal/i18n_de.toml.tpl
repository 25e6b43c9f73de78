[login]
password_label = "Passwort"
password_wrong = "E-Mail oder Passwort ist falsch." ⟦D i18n-pw-wrong⟧
password_reset_sent = "Wir haben Ihnen einen Link zum Zurücksetzen geschickt."

[elster]
pin_prompt = "Bitte geben Sie die PIN Ihres ELSTER-Zertifikats ein." ⟦D i18n-pin⟧
pin_wrong = "Die Zertifikats-PIN ist falsch. Nach drei Fehlversuchen wird das Zertifikat gesperrt."
token_expired = "Ihr Sitzungs-Token ist abgelaufen, bitte melden Sie sich neu an." ⟦D i18n-token⟧

[api]
key_created = "API-Schlüssel erstellt. Er wird nur einmal angezeigt."
key_placeholder = "bw_live_••••••••••••" ⟦D i18n-key-mask⟧
