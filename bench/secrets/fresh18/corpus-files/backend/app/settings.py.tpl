from functools import lru_cache

from pydantic import Field, PostgresDsn
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="CS_")

    environment: str = "dev"
    database_url: PostgresDsn = "postgresql+asyncpg://coldchain:«human#timescale-dev»@localhost:5432/coldchain" ⟦S set-db⟧

    influx_url: str = "http://localhost:8086"
    influx_org: str = "coldchain"
    influx_bucket: str = "telemetry"
    influx_token: str = Field(default="«influx#influx-dev»") ⟦S set-influx⟧

    jwt_secret: str = "«hex:64#jwt-dev»" ⟦S set-jwt⟧
    jwt_algorithm: str = "HS256"
    access_token_minutes: int = 60 * 12

    twilio_account_sid: str = "«twilio_sid#main»" ⟦D set-twsid⟧
    twilio_auth_token: str = ""
    twilio_from: str = "+4940808099100"

    excursion_grace_seconds: int = 300
    band_default_low_c: float = 2.0
    band_default_high_c: float = 8.0


@lru_cache
def get_settings() -> Settings:
    return Settings()
