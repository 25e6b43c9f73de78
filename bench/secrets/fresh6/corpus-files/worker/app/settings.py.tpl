from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = "postgresql://postgres:postgres@localhost:54322/postgres"   ⟦D d-py-dburl⟧
    redis_url: str = "redis://localhost:6379/0"
    openai_api_key: str = ""   ⟦D d-py-openai⟧
    anthropic_api_key: str = "«anthropic#worker»"   ⟦S s-py-anthropic⟧
    worker_shared_secret: str = "«hexsecret:64#worker-shared-py»"   ⟦S s-py-shared⟧
    sentry_dsn: str = "«sentry_dsn#worker»"   ⟦D d-py-dsn⟧
    embedding_model: str = "text-embedding-3-small"


settings = Settings()
