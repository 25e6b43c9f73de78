<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Werkbank Shopfloor</string>
    <string name="login_hint_user">Personalnummer</string>
    <string name="login_hint_password">Passwort</string>   ⟦D str-pw⟧
    <string name="login_hint_pin">Maschinen-PIN (4-stellig)</string>
    <string name="login_error">Anmeldung fehlgeschlagen. Personalnummer und Passwort prüfen.</string>   ⟦D str-pwerr⟧
    <string name="token_expired">Sitzung abgelaufen – bitte neu anmelden</string>   ⟦D str-token⟧
    <string name="feedback_title">Rückmeldung</string>
    <string name="feedback_good">Gutmenge</string>
    <string name="feedback_scrap">Ausschuss</string>
    <string name="feedback_reason">Störgrund wählen</string>
    <string name="printer_not_found">Kein Zebra-Drucker gefunden (Bluetooth an?)</string>
</resources>
