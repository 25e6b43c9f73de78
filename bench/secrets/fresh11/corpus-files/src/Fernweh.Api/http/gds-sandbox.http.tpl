### Visual Studio / Rider HTTP client – GDS sandbox calls
### Tobias: values are the sandbox ones, quota 50 req/day on Hotelbeds test, be gentle

@amadeusHost = https://test.api.amadeus.com
@amadeusKey = «amadeus_key#test»  ⟦S http-amadeus-key⟧
@amadeusSecret = «amadeus_secret#test»  ⟦S http-amadeus-secret⟧
@hbHost = https://api.test.hotelbeds.com
@hbKey = «hb_key#test»  ⟦S http-hb-key⟧
@hbSecret = «hb_secret#test»  ⟦S http-hb-secret⟧

### Amadeus token
# @name token
POST {{amadeusHost}}/v1/security/oauth2/token
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id={{amadeusKey}}&client_secret={{amadeusSecret}}  ⟦D http-amadeus-vars⟧

### Flight offers FRA → PMI
GET {{amadeusHost}}/v2/shopping/flight-offers?originLocationCode=FRA&destinationLocationCode=PMI&departureDate=2024-06-15&adults=2&max=5
Authorization: Bearer {{token.response.body.access_token}}  ⟦D http-bearer-var⟧

### Hotelbeds status (signature computed by hand, valid for a few minutes only)
GET {{hbHost}}/hotel-api/1.0/status
Api-key: {{hbKey}}
X-Signature: «hb_sig#manual»  ⟦D http-hb-xsig⟧
Accept: application/json
