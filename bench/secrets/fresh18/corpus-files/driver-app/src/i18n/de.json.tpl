{
  "login.title": "Anmelden",
  "login.username": "Fahrer-ID",
  "login.password": "Passwort", ⟦D i18n-pw⟧
  "login.forgot": "Passwort vergessen? Bitte die Disposition anrufen.",
  "login.error": "Fahrer-ID oder Passwort falsch", ⟦D i18n-err⟧
  "pairing.title": "Logger koppeln",
  "pairing.hint": "Halte das Telefon an den Logger an der Stirnwand des Aufliegers.",
  "pairing.pin": "Kopplungs-PIN eingeben", ⟦D i18n-pin⟧
  "trip.start": "Fahrt starten",
  "trip.excursion": "Temperatur außerhalb des Bereichs: {{temp}} °C",
  "session.expired": "Sitzung abgelaufen – bitte neu anmelden"
}
