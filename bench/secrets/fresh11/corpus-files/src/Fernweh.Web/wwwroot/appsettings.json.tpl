{
  "ApiBaseUrl": "https://api.fernweh-reisen.de/",
  "Oidc": {
    "Authority": "https://login.fernweh-reisen.de",
    "ClientId": "fernweh-blazor",
    "ResponseType": "code",
    "DefaultScopes": [ "openid", "profile", "portal.api" ],
    "PostLogoutRedirectUri": "https://agenturen.fernweh-reisen.de/"
  },
  "Features": {
    "PayPalDeposit": true,
    "SabreFlights": false
  }
}
