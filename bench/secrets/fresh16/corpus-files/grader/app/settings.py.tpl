"""Settings for the grading service, read from the environment (and grader/.env in development)."""
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = "postgresql://classnote:classnote@localhost:5432/grader_dev" ⟦D set-dburl⟧
    openai_api_key: str = Field(default="", repr=False) ⟦D set-openai⟧
    openai_model: str = "gpt-4o-mini"
    anthropic_api_key: str = Field(default="", repr=False)
    # shared with the Rails API: it signs grading requests with this (X-Classnote-Signature)
    api_shared_secret: str = Field(default="dev-only-not-secret", repr=False) ⟦D set-shared⟧
    max_tokens: int = 900
    temperature: float = 0.2
    redact_student_names: bool = True


@lru_cache
def get_settings() -> Settings:
    return Settings()
