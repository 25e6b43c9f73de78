{
  "id": "evt_3P«alnum:22#evt»", ⟦D evt-id⟧
  "object": "event",
  "api_version": "2023-10-16",
  "created": 1714060800,
  "type": "payment_intent.succeeded",
  "livemode": false,
  "data": {
    "object": {
      "id": "pi_3P«alnum:22#pi»", ⟦D evt-pi⟧
      "object": "payment_intent",
      "amount": 2500,
      "currency": "usd",
      "client_secret": "pi_3P«alnum:22#pi»_secret_«alnum:25#pics»", ⟦D evt-clientsecret⟧
      "customer": "cus_«alnum:14#cus-test»",
      "metadata": { "appointment_id": "apt-test-1" },
      "status": "succeeded"
    }
  },
  "request": { "id": "req_«alnum:14#evtreq»", "idempotency_key": "«uuid#idem»" } ⟦D evt-req⟧
}
