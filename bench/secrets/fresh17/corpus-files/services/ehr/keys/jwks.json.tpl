{
  "keys": [
    {
      "kty": "RSA",
      "alg": "RS384",
      "use": "sig",
      "kid": "carebridge-nonprod-2024-03",
      "n": "«rsa_jwk_n#epic-nonprod»", ⟦D jwks-n⟧
      "e": "AQAB"
    }
  ]
}
