langcode: en
errors:
  card_declined: 'Your card was declined. No donation was made.'
  api_key_missing: 'Donations are temporarily unavailable (payment key not configured).' ⟦D msg-key-missing⟧
  token_expired: 'Your session token expired. Please reload the page and try again.' ⟦D msg-token-expired⟧
  paypal_auth: 'PayPal could not authorise the payment: check the client secret in settings.' ⟦D msg-paypal-auth⟧
labels:
  password: 'Password' ⟦D msg-password-label⟧
  secret_question: 'Security question (optional)'
