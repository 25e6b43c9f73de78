# Mirrors what is configured in PagerDuty; used by scripts/page.py and the Datadog integration.
services:
  - name: Ledger - Prod
    id: P7X2K9Q ⟦D pd-service-id⟧
    escalation_policy: PNE4R8T
    integration:
      type: events_api_v2
      routing_key: «pd_routing#ledger-prod» ⟦S pd-routing-ledger⟧
  - name: Card Auth - Prod
    id: P3M8W1Z
    escalation_policy: PNE4R8T
    integration:
      type: events_api_v2
      routing_key: «pd_routing#card-auth» ⟦S pd-routing-card⟧
  - name: Risk workers
    id: PQ5T7B2
    escalation_policy: P0L1C3Y
    integration:
      type: email
      address: risk-workers@ledgerline.pagerduty.com
api:
  # REST API token for scripts/page.py (read/write): 
  token: «pagerduty#rest» ⟦S pd-rest-token⟧
