# App-Registrierung "ITWerk Automation" (Entra ID)

Angelegt 03/2024 von Marta. Berechtigungen (Application): `User.Read.All`, `Group.Read.All`, `Mail.Send`,
`Exchange.ManageAsApp`. Admin-Consent erteilt.

| Feld | Wert |
|------|------|
| Anwendungs-ID | «guid#graph-app» | ⟦D appreg-appid⟧
| Objekt-ID | «guid#graph-obj» | ⟦D appreg-objid⟧
| Verzeichnis-ID | «guid#tenant» |
| Zertifikat (Exchange) | Thumbprint «thumb#exo», gültig bis 2026-03-31 | ⟦D appreg-thumb⟧
| Geheimer Clientschlüssel "nightly" | «entra#graph2» (läuft 2025-09 ab) | ⟦S appreg-secret⟧

Beim Verlängern: neues Secret anlegen, in den Credential Manager von `svc-itwerk` eintragen, altes löschen.
Der Wert wird im Portal nur einmal angezeigt – Platzhalter für Doku: `<client-secret>`. ⟦D appreg-ph⟧
