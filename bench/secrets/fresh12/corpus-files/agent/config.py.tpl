"""Settings for the agent service. Everything comes from the environment (.env locally, fly secrets in prod)."""
from __future__ import annotations

import os
from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    openai_api_key: SecretStr = Field(alias="OPENAI_API_KEY") ⟦D cfg-openai-field⟧
    anthropic_api_key: SecretStr = Field(alias="ANTHROPIC_API_KEY")
    pinecone_api_key: SecretStr = Field(alias="PINECONE_API_KEY")
    pinecone_index: str = Field("support-kb", alias="PINECONE_INDEX")

    planner_model: str = "gpt-4o-2024-08-06" ⟦D cfg-planner⟧
    drafter_model: str = "claude-3-5-sonnet-20241022"
    embedding_model: str = "text-embedding-3-large"
    embedding_dims: int = 1024 ⟦D cfg-dims⟧

    zendesk_subdomain: str = Field("relaydesk", alias="ZENDESK_SUBDOMAIN")
    zendesk_email: str = Field(alias="ZENDESK_EMAIL")
    zendesk_api_token: SecretStr = Field(alias="ZENDESK_API_TOKEN") ⟦D cfg-zendesk-field⟧

    # refunds above this go to a human, whatever the model says
    auto_refund_limit_cents: int = 5000
    handoff_confidence: float = 0.62


@lru_cache
def settings() -> Settings:
    return Settings()  # type: ignore[call-arg]


# Cohere is only used for the reranker fallback when Modal is cold; trial key is fine for that
COHERE_API_KEY = os.getenv("COHERE_API_KEY", "«cohere#fallback»") ⟦S cfg-cohere⟧
