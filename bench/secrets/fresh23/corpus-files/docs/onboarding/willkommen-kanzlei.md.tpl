Betreff: Willkommen bei Belegwerk – Ihre Zugangsdaten

Sehr geehrte Frau {{ .Anrede }} {{ .Nachname }},

vielen Dank für Ihr Vertrauen! Ihr Kanzlei-Konto ist eingerichtet. Sie erreichen Belegwerk unter
https://app.belegwerk.de/login.

Ihr Benutzername: {{ .Email }}
Ihr vorläufiges Passwort: {{ .InitialPassword }} ⟦D onb-tpl-pw⟧

Bitte ändern Sie das Passwort bei der ersten Anmeldung. Aus Sicherheitsgründen senden wir Passwörter nie per Telefon.

Für den DATEV-Export brauchen wir noch Ihre Beraternummer und die Mandantennummern Ihrer Mandanten.

Mit freundlichen Grüßen
Mara Albers & Jannik Voss
Belegwerk GbR
