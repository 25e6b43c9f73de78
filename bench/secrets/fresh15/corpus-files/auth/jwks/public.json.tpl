{
  "keys": [
    «jwk_pub:prod-2024-05#prod», ⟦D jwks-pub-1⟧
    «jwk_pub:prod-2024-01#prod-old» ⟦D jwks-pub-2⟧
  ]
}
