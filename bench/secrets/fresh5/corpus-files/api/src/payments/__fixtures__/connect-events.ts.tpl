// Recorded Stripe events (test mode) for the webhook handler's unit tests. Object ids only; no keys.
export const accountUpdated = {
  id: '«stripe_obj:evt#acct-updated»',   ⟦D d-fx-evt1⟧
  object: 'event',
  account: '«acct#restaurant-1»',   ⟦D d-fx-acct1⟧
  type: 'account.updated',
  livemode: false,
  data: { object: { id: '«acct#restaurant-1»', charges_enabled: true, payouts_enabled: true } },   ⟦D d-fx-acct1b⟧
};

export const paymentSucceeded = {
  id: '«stripe_obj:evt#pi-succeeded»',   ⟦D d-fx-evt2⟧
  type: 'payment_intent.succeeded',
  livemode: false,
  data: {
    object: {
      id: '«stripe_obj:pi#order-4411»',   ⟦D d-fx-pi⟧
      customer: '«stripe_obj:cus#customer-ana»',   ⟦D d-fx-cus⟧
      payment_method: '«stripe_obj:pm#card-visa»',   ⟦D d-fx-pm⟧
      latest_charge: '«stripe_obj:ch#order-4411»',   ⟦D d-fx-ch⟧
      client_secret: '«stripe_obj:pi#order-4411»_secret_«alnum:25#pi-cs»',   ⟦D d-fx-pi-cs⟧
      transfer_group: 'ord_4411',
      amount: 2350,
      currency: 'eur',
    },
  },
  request: { id: 'req_«alnum:14#req-1»', idempotency_key: '«uuid#idem-1»' },   ⟦D d-fx-req⟧
};

export const transferCreated = {
  id: '«stripe_obj:evt#tr-created»',   ⟦D d-fx-evt3⟧
  type: 'transfer.created',
  data: { object: { id: '«stripe_obj:tr#courier-payout»', destination: '«acct#courier-7»', balance_transaction: 'txn_«alnum:24#txn»' } },   ⟦D d-fx-tr⟧
};

// test-mode key of the shared Stripe sandbox used only by this suite (test mode cannot move money)
export const STRIPE_TEST_KEY = '«sk_test#fixtures»';   ⟦D d-fx-sktest⟧
export const STRIPE_TEST_PUBLISHABLE = '«pk_test#fixtures»';   ⟦D d-fx-pktest⟧
