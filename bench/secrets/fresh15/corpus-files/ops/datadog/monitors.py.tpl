"""Creates/updates the Datadog monitors we keep in code. Run: python ops/datadog/monitors.py"""
from datadog_api_client import ApiClient, Configuration
from datadog_api_client.v1.api.monitors_api import MonitorsApi
from datadog_api_client.v1.model.monitor import Monitor

configuration = Configuration()
configuration.api_key["apiKeyAuth"] = "«dd_api#monitors»" ⟦S dd-mon-api⟧
configuration.api_key["appKeyAuth"] = "«dd_app#monitors»" ⟦S dd-mon-app⟧

MONITORS = [
    Monitor(
        name="card-auth p99 over 300ms",
        type="query alert",
        query="avg(last_5m):p99:card_auth.decision.latency{env:prod} > 0.3",
        message="@pagerduty-Card-Auth-Prod JIT decisions are slow; stand-in mode per runbook section 1.",
        tags=["team:payments", "service:card-auth"],
    ),
    Monitor(
        name="ledger out of balance",
        type="query alert",
        query="max(last_10m):max:ledger.books.imbalance_cents{env:prod} > 0",
        message="@pagerduty-Ledger-Prod SEV1: books out of balance.",
        tags=["team:payments", "service:ledger"],
    ),
]

with ApiClient(configuration) as client:
    api = MonitorsApi(client)
    for m in MONITORS:
        print(api.create_monitor(body=m).id)
