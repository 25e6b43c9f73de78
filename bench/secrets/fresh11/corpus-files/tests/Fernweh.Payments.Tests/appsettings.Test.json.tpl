{
  "Stripe": {
    "PublishableKey": "«pk_test#fernweh»",  ⟦D test-stripe-pk⟧
    "SecretKey": "«sk_test#fernweh»",  ⟦S test-stripe-sk⟧
    "WebhookSecret": "whsec_test_placeholder_not_used_in_ci"  ⟦D test-stripe-whsec-placeholder⟧
  },
  "PayPal": {
    "Mode": "sandbox",
    "ClientId": "«paypal_id#sandbox»",  ⟦D test-paypal-id⟧
    "ClientSecret": "«paypal_secret#sandbox»"  ⟦S test-paypal-secret⟧
  }
}
