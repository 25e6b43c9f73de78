# Häufige Fragen unserer Kunden (FAQ)

Diese Seite ist die Vorlage für https://www.ordertrail.de/hilfe/ (wird vom Marketing übernommen).

## Ich habe mein Passwort vergessen. ⟦D faq-heading-pw⟧

Klicken Sie auf der Anmeldeseite auf „Passwort vergessen?" und geben Sie Ihre Kundennummer ein. Sie erhalten eine
E-Mail mit einem Link, der 24 Stunden gültig ist. Aus Sicherheitsgründen können wir Ihnen Ihr Passwort nicht per
Telefon nennen – wir kennen es selbst nicht. ⟦D faq-pw-prose⟧

## Wie bekomme ich die Auftragsdateien auf unseren FTP-Server?

Wir laden jede Nacht eine CSV-Datei hoch. Dafür brauchen wir Server, Benutzer und Passwort, z. B.:

    ftp://BENUTZER:PASSWORT@ftp.ihre-firma.de/eingang/ ⟦D faq-ftp-example⟧

Bitte schicken Sie uns die Zugangsdaten nicht per E-Mail, sondern rufen Sie an (040 / 123 456-20).

## Kann ich den Shop vorher testen?

Ja. Auf https://demo.ordertrail.de können Sie mit einem Testzugang bestellen (Bestellungen werden nicht ausgeliefert).
Den Zugang schickt Ihnen Ihr Ansprechpartner im Vertrieb.

<!-- intern, vor dem Veröffentlichen löschen: Testzugang K99001 / «weak#demo» (derselbe wie im Staging-Admin!) --> ⟦S faq-demo-pw⟧

## Wie funktioniert die Schnittstelle (SOAP)?

Die WSDL finden Sie unter https://api.ordertrail.de/soap/OrdertrailService?wsdl. Ihr API-Schlüssel steht in Ihrem
Kundenkonto unter „Einstellungen → Schnittstelle". Im Beispiel steht dafür `IHR-API-SCHLUESSEL`: ⟦D faq-api-placeholder⟧

```xml
<ot:Auth><ot:Kdnr>K10234</ot:Kdnr><ot:ApiKey>IHR-API-SCHLUESSEL</ot:ApiKey></ot:Auth> ⟦D faq-soap-placeholder⟧
```

## Warum sehe ich bei der Registrierung ein „Ich bin kein Roboter"-Feld?

Das ist Google reCAPTCHA. Es schützt uns vor automatisierten Registrierungen.
