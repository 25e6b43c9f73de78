import os

import pytest
import respx

# unit tests never call a real model: respx intercepts everything, these only satisfy Settings()
os.environ.setdefault("OPENAI_API_KEY", "sk-test-not-a-real-key") ⟦D cf-dummy-openai⟧
os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-test-dummy") ⟦D cf-dummy-anthropic⟧
os.environ.setdefault("PINECONE_API_KEY", "pc-dummy")
os.environ.setdefault("ZENDESK_EMAIL", "ci@relaydesk.ai")
os.environ.setdefault("ZENDESK_API_TOKEN", "zd-dummy")

# Stripe test mode (relaydesk-demo account) for the refund integration tests, marked @pytest.mark.stripe
STRIPE_TEST_KEY = "«stripe_sk_test#demo»" ⟦S cf-stripe-test⟧


@pytest.fixture
def zendesk_mock():
    with respx.mock(base_url="https://relaydesk.zendesk.com/api/v2", assert_all_called=False) as m:
        m.get("/tickets/4711.json").respond(json={"ticket": {"subject": "broken mug", "status": "open", "requester_id": 88}})
        m.get("/tickets/4711/comments.json").respond(json={"comments": []})
        yield m


@pytest.fixture
def stripe_key(monkeypatch):
    import stripe

    monkeypatch.setattr(stripe, "api_key", STRIPE_TEST_KEY)
    return STRIPE_TEST_KEY
