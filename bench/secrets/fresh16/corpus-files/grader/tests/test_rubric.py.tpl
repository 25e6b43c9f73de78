import hashlib
import hmac

import respx
from httpx import Response

from app import llm
from app.settings import get_settings

FAKE_KEY = "sk-fake-key-for-tests" ⟦D test-fakekey⟧


def test_redacts_self_introductions():
    assert llm.redact("Hi, my name is Jordan Lee and photosynthesis...") == "Hi, [name] and photosynthesis..."


def test_verify_accepts_own_signature(monkeypatch):
    monkeypatch.setenv("API_SHARED_SECRET", "test-secret")
    get_settings.cache_clear()
    body = b'{"submission_id": 42}'
    sig = hmac.new(b"test-secret", body, hashlib.sha256).hexdigest()
    assert llm.verify(body, sig)


@respx.mock
def test_draft_feedback_parses_json(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    get_settings.cache_clear()
    route = respx.post("https://api.openai.com/v1/chat/completions").mock(
        return_value=Response(200, json={"choices": [{"message": {"content": '{"score": 3}'}}]})
    )
    assert llm.draft_feedback({"criteria": []}, "Plants use light.") == {"score": 3}
    assert route.calls[0].request.headers["authorization"] == f"Bearer {FAKE_KEY}"
