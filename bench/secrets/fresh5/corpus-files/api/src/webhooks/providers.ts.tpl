/**
 * Inbound webhooks from our providers. Each one has its own verification scheme.
 */
export const WEBHOOKS = {
  // Stripe: platform endpoint (env) and the Connect endpoint (added in a hurry for the payout launch)
  stripePlatform: process.env.STRIPE_WEBHOOK_SECRET,   ⟦D d-wh-stripe-env⟧
  stripeConnect: '«whsec#stripe-connect»',   ⟦S s-wh-stripe-connect⟧
  // Onfleet signs with HMAC-SHA512 of the body, hex secret from the dashboard
  onfleetSecret: '«hex:64#onfleet-webhook»',   ⟦S s-wh-onfleet⟧
  // RevenueCat sends this exact value in the Authorization header
  revenueCatAuthHeader: 'Bearer «alnum:32#rc-webhook»',   ⟦S s-wh-revenuecat⟧
  // Twilio signs with the account auth token, nothing to configure here
  twilioStatusCallback: 'https://api.munchly.app/webhooks/twilio/status',
  // Sentry DSN for webhook errors (public by design)
  sentryDsn: '«sentry_dsn#webhooks»',   ⟦D d-wh-dsn⟧
} as const;

export const SAMPLE_ONFLEET_PAYLOAD = { taskId: '«alnum:24#onfleet-task»', triggerName: 'taskCompleted', time: 1713469327000 };   ⟦D d-wh-onfleet-task⟧
