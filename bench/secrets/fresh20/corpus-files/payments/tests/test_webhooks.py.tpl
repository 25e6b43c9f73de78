import json
import time

import stripe
from django.test import TestCase, override_settings

# test vector: the secret below is generated for this test only and is not configured in any Stripe account
TEST_SECRET = "whsec_test_" + "a" * 32 ⟦D test-whsec⟧


@override_settings(STRIPE_WEBHOOK_SECRET=TEST_SECRET)
class WebhookTests(TestCase):
    def sign(self, payload: str) -> str:
        ts = int(time.time())
        sig = stripe.WebhookSignature._compute_signature(f"{ts}.{payload}", TEST_SECRET)
        return f"t={ts},v1={sig}"

    def test_rejects_bad_signature(self):
        res = self.client.post("/webhooks/stripe/", data="{}", content_type="application/json", HTTP_STRIPE_SIGNATURE="t=1,v1=deadbeef") ⟦D test-bad-sig⟧
        self.assertEqual(res.status_code, 400)

    def test_payment_succeeded(self):
        payload = json.dumps({"id": "evt_test_webhook", "type": "payment_intent.succeeded", "data": {"object": {"id": "pi_3OqT2bE1xyz"}}}) ⟦D test-evt-ids⟧
        res = self.client.post("/webhooks/stripe/", data=payload, content_type="application/json", HTTP_STRIPE_SIGNATURE=self.sign(payload))
        self.assertEqual(res.status_code, 204)
