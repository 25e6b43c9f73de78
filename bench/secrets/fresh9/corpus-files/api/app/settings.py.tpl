from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="TW_")

    database_url: str = Field(..., description="postgres DSN of the forecast export") ⟦D api-settings-dsn⟧
    # signs the short-lived tokens the embedded dashboards get; rotate together with Superset's guest token secret
    jwt_secret: str = "«b64url:48#api-jwt»" ⟦S api-jwt-default⟧
    jwt_ttl_seconds: int = 900
    model_registry: str = "ml/model_registry.yaml"
    rate_limit_per_minute: int = 120


settings = Settings()
