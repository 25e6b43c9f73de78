"""Settings for the risk and KYC workers (Temporal activities + Kafka consumers)."""
import os
from dataclasses import dataclass, field


def _env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise RuntimeError(f"missing environment variable {name}")
    return value


@dataclass(frozen=True)
class Settings:
    env: str = field(default_factory=lambda: _env("RISK_ENV", "development"))
    temporal_address: str = field(default_factory=lambda: _env("TEMPORAL_ADDRESS", "localhost:7233"))
    temporal_namespace: str = field(default_factory=lambda: _env("TEMPORAL_NAMESPACE", "ledgerline-dev.a2x9k"))
    task_queue: str = "risk-kyc"

    persona_api_key: str = field(default_factory=lambda: _env("PERSONA_API_KEY")) ⟦D py-persona-env⟧
    persona_inquiry_template: str = "itmpl_Ygs16MKTkA6obnF8C3Rb17dV" ⟦D py-persona-tmpl⟧
    onfido_api_token: str = field(default_factory=lambda: _env("ONFIDO_API_TOKEN"))
    onfido_region: str = "US"

    alloy_base_url: str = "https://sandbox.alloy.co/v1"
    alloy_workflow_token: str = field(default_factory=lambda: _env("ALLOY_WORKFLOW_TOKEN", "«alloy#wf-token»")) ⟦S py-alloy-token⟧
    alloy_workflow_secret: str = field(default_factory=lambda: _env("ALLOY_WORKFLOW_SECRET", "«alloy#wf-secret»")) ⟦S py-alloy-secret⟧

    plaid_client_id: str = field(default_factory=lambda: _env("PLAID_CLIENT_ID", "«plaid_client#main»")) ⟦D py-plaid-client⟧
    plaid_secret: str = field(default_factory=lambda: _env("PLAID_SECRET"))
    plaid_env: str = field(default_factory=lambda: _env("PLAID_ENV", "sandbox"))

    # thresholds tuned on Q1 2024 chargebacks; see risk/README
    max_velocity_per_hour: int = 25
    high_risk_mccs: tuple[str, ...] = ("4829", "6051", "6540", "7995")


settings = Settings()
