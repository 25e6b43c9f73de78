# Postmortem: SMS reminders not sent (2024-04-11)

**Impact:** 1,412 reminders for 38 clinics not delivered between 06:00 and 09:40 BST.

## Timeline
- 06:00 Celery beat enqueues the morning batch; the gateway returns 401 from Vonage.
- 07:55 Jonas reproduces with the key from the gateway config:
  `curl -u "«vonage_key#main»:«vonage_secret#pm»" https://rest.nexmo.com/account/get-balance`   ⟦S s-pm-vonage⟧
- 08:30 Femi pulls the secret through 1Password CLI in the runner, token used:
  `OP_SERVICE_ACCOUNT_TOKEN=«op_sa#runner» op read op://ops/vonage/credential`   ⟦S s-pm-op-sa⟧
- 09:40 Switched to Plivo (fallback); backlog drained.

## What went wrong
The documentation example `sk_test_4eC39HqLyjWDarjtT1zdp7dc` from the Stripe docs was copied into the   ⟦D d-pm-stripe-doc⟧
billing fixture, and the AWS docs example `AKIAIOSFODNN7EXAMPLE` into the backup script's README;   ⟦D d-pm-aws-doc⟧
neither was the cause but both confused the first responder.

## Actions
- [ ] Rotate the Vonage secret (owner: Femi)
- [ ] Add a synthetic check on the gateway's `/healthz?provider=vonage`
