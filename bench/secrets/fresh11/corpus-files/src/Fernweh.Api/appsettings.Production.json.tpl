{
  "Logging": {
    "LogLevel": {
      "Default": "Warning",
      "Fernweh": "Information"
    }
  },
  "ApplicationInsights": {
    "ConnectionString": "«ai_conn#prod»"  ⟦D prod-ai-conn⟧
  },
  "Stripe": {
    "PublishableKey": "«pk_live#fernweh»",  ⟦D prod-stripe-pk⟧
    "SecretKey": "«sk_live#fernweh»",  ⟦S prod-stripe-sk⟧
    "WebhookSecret": "«whsec#fernweh»"  ⟦S prod-stripe-whsec⟧
  },
  "PayPal": {
    "Mode": "live",
    "ClientId": "«paypal_id#live»",  ⟦D prod-paypal-clientid⟧
    "ClientSecret": "«paypal_secret#live»"  ⟦S prod-paypal-secret⟧
  },
  "SendGrid": {
    "ApiKey": "«sendgrid#prod»",  ⟦S prod-sendgrid⟧
    "FromAddress": "buchung@fernweh-reisen.de",
    "FromName": "Fernweh Reisen Agenturservice",
    "Templates": {
      "BookingConfirmation": "d-4f1c2a7e9b3d4c6a8e0f1b2c3d4e5f60",  ⟦D prod-sendgrid-template⟧
      "OptionExpiring": "d-9a8b7c6d5e4f40312a1b0c9d8e7f6a5b"
    }
  },
  "Redis": {
    "Configuration": "fernweh-prod.redis.cache.windows.net:6380,password=«sas_key#redis-prod»,ssl=True,abortConnect=False"  ⟦S prod-redis⟧
  }
}
