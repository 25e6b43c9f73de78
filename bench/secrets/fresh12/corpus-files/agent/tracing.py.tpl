"""Tracing: LangSmith for the team's debugging, Langfuse for customer-visible conversation logs in the dashboard."""
from __future__ import annotations

import os

from langfuse.callback import CallbackHandler

LANGFUSE_PUBLIC_KEY = os.getenv("LANGFUSE_PUBLIC_KEY", "«lf_pk#prod»") ⟦D tr-lf-pk⟧
LANGFUSE_SECRET_KEY = os.getenv("LANGFUSE_SECRET_KEY", "«lf_sk#prod»") ⟦S tr-lf-sk⟧
LANGFUSE_HOST = os.getenv("LANGFUSE_HOST", "https://cloud.langfuse.com")

# LangSmith reads LANGCHAIN_API_KEY itself; the service key below is only for the nightly export job
LANGSMITH_EXPORT_KEY = os.environ.get("LANGSMITH_EXPORT_KEY") or "«lsv2:sk#export»" ⟦S tr-ls-export⟧


def langfuse_handler(org_id: str, conversation_id: str) -> CallbackHandler:
    return CallbackHandler(
        public_key=LANGFUSE_PUBLIC_KEY,
        secret_key=LANGFUSE_SECRET_KEY, ⟦D tr-var⟧
        host=LANGFUSE_HOST,
        session_id=conversation_id,
        user_id=org_id,
        tags=["agent", os.getenv("RELAYDESK_ENV", "dev")],
    )


def trace_url(run_id: str) -> str:
    # e.g. https://smith.langchain.com/o/«uuid#ls-org»/projects/p/«uuid#ls-proj»/r/«uuid#ls-run» ⟦D tr-url⟧
    return f"https://smith.langchain.com/public/{run_id}/r"
