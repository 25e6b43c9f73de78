Vorname;Nachname;Abteilung;Eintritt
Max;Mustermann;Vertrieb;2024-05-01
Erika;Musterfrau;Einkauf;2024-05-01
