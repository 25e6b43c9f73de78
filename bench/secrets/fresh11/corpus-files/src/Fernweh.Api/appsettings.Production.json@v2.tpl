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
    "SecretKey": "@Microsoft.KeyVault(SecretUri=https://kv-fernweh-prod.vault.azure.net/secrets/Stripe--SecretKey/)",  ⟦D prod-kv-stripe⟧
    "WebhookSecret": "@Microsoft.KeyVault(VaultName=kv-fernweh-prod;SecretName=Stripe--WebhookSecret)"  ⟦D prod-kv-whsec⟧
  },
  "PayPal": {
    "Mode": "live",
    "ClientId": "«paypal_id#live»",  ⟦D prod-paypal-clientid⟧
    "ClientSecret": "@Microsoft.KeyVault(VaultName=kv-fernweh-prod;SecretName=PayPal--ClientSecret)"  ⟦D prod-kv-paypal⟧
  },
  "SendGrid": {
    "ApiKey": "@Microsoft.KeyVault(SecretUri=https://kv-fernweh-prod.vault.azure.net/secrets/SendGrid--ApiKey/)",  ⟦D prod-kv-sendgrid⟧
    "FromAddress": "buchung@fernweh-reisen.de",
    "FromName": "Fernweh Reisen Agenturservice",
    "Templates": {
      "BookingConfirmation": "d-4f1c2a7e9b3d4c6a8e0f1b2c3d4e5f60",  ⟦D prod-sendgrid-template⟧
      "OptionExpiring": "d-9a8b7c6d5e4f40312a1b0c9d8e7f6a5b"
    }
  },
  "Redis": {
    "Configuration": "fernweh-prod.redis.cache.windows.net:6380,ssl=True,abortConnect=False"
  }
}
