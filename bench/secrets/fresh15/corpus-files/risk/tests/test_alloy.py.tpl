import json

import httpx
import pytest
import respx

from risk.kyc import alloy

SANDBOX_URL = "https://sandbox.alloy.co/v1/evaluations"


@pytest.fixture
def creds(monkeypatch):
    monkeypatch.setenv("ALLOY_WORKFLOW_TOKEN", "test-token") ⟦D alloy-test-token⟧
    monkeypatch.setenv("ALLOY_WORKFLOW_SECRET", "test-secret") ⟦D alloy-test-secret⟧


@respx.mock
def test_kyb_approved(creds):
    route = respx.post(SANDBOX_URL).mock(
        return_value=httpx.Response(200, json={"summary": {"outcome": "Approved", "result": "success"}, "evaluation_token": "L-«alnum:20#evtok»"})
    )
    res = alloy.evaluate_business({"name_legal": "Bluebird Bakery LLC", "tax_id": "12-3456789", "address_postal_code": "94107"})
    assert res.outcome == "Approved"
    # basic auth of token:secret
    assert route.calls[0].request.headers["authorization"] == "Basic dGVzdC10b2tlbjp0ZXN0LXNlY3JldA==" ⟦D alloy-test-basic⟧


@respx.mock
def test_kyb_manual_review(creds):
    respx.post(SANDBOX_URL).mock(return_value=httpx.Response(200, json={"summary": {"outcome": "Manual Review"}}))
    assert alloy.evaluate_business({"name_legal": "Shady Crypto Exchange"}).outcome == "Manual Review"
