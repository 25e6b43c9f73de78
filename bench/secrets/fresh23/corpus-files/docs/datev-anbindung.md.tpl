# DATEV-Anbindung

Wir nutzen den DATEV-Export im EXTF-Format (Buchungsstapel, Version 700) und für Kanzleien mit DATEV Unternehmen
online die OAuth2-Schnittstelle "accounting:documents".

## OAuth2

Token-Endpunkt: `https://login.datev.de/openid/token`

```sh
curl -u "«hex:32#datev_client»:«alnum:40#datev_secret_old»" \ ⟦S datev-curl⟧
  -d grant_type=authorization_code -d code=$CODE -d redirect_uri=https://app.belegwerk.de/datev/callback \
  https://login.datev.de/openid/token
```

Das Access-Token gilt 15 Minuten, das Refresh-Token 11 Stunden. Beispielantwort aus der Doku:

```json
{"access_token": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>", "token_type": "Bearer", "expires_in": 900} ⟦D datev-doc-token⟧
```

PKCE ist Pflicht: `code_challenge=«b64:32#pkce»` steht nur im Beispiel-Request der Doku. ⟦D datev-pkce⟧
