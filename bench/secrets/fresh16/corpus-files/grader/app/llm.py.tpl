"""Drafts rubric feedback for a submission. The teacher always reviews the draft before students see it."""
import hashlib
import hmac
import json
import re

import httpx

from .settings import get_settings

SYSTEM = (
    "You are a teaching assistant. Score the student's answer against the rubric, criterion by criterion. "
    "Quote the student's words as evidence. Never guess the student's identity. Reply with JSON only."
)

_NAME = re.compile(r"\b(?:my name is|I am|I'm)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")


def redact(text: str) -> str:
    return _NAME.sub("[name]", text)


def verify(body: bytes, signature: str) -> bool:
    expected = hmac.new(get_settings().api_shared_secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def draft_feedback(rubric: dict, answer: str) -> dict:
    s = get_settings()
    if s.redact_student_names:
        answer = redact(answer)
    resp = httpx.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": f"Bearer {s.openai_api_key}"}, ⟦D llm-bearer⟧
        json={
            "model": s.openai_model,
            "temperature": s.temperature,
            "max_tokens": s.max_tokens,
            "response_format": {"type": "json_object"},
            "messages": [
                {"role": "system", "content": SYSTEM},
                {"role": "user", "content": json.dumps({"rubric": rubric, "answer": answer})},
            ],
        },
        timeout=60,
    )
    resp.raise_for_status()
    return json.loads(resp.json()["choices"][0]["message"]["content"])
