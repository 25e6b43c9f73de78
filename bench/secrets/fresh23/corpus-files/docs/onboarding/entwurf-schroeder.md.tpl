Betreff: Ihr Zugang zu Belegwerk (Pilot)

Hallo Herr Schröder,

wie am Telefon besprochen, hier Ihr Zugang für den Pilot:

Adresse: https://app.belegwerk.de/login
Benutzer: kanzlei@schroeder-partner.de
Passwort: «human#schroeder_initial» ⟦S onb-schroeder-pw⟧

Für den Import Ihrer Altbelege haben wir einen SFTP-Zugang angelegt:
sftp://schroeder-import:«human#schroeder_sftp»@u«digits:6#sbox»-sub3.your-storagebox.de:23/ ⟦S onb-schroeder-sftp⟧

Ihre Mandanten-IDs (nur zur Zuordnung, keine Zugangsdaten): 10023, 10024, 10031 ⟦D onb-mandant-ids⟧

Viele Grüße
Jannik
