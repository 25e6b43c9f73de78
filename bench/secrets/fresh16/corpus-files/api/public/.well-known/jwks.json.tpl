{
  "keys": [
    {
      "kty": "RSA",
      "alg": "RS256",
      "use": "sig",
      "kid": "«kid#tool-2024»", ⟦D jwks-kid⟧
      "e": "AQAB",
      "n": "«lti_n#tool-2024»" ⟦D jwks-n⟧
    }
  ]
}
