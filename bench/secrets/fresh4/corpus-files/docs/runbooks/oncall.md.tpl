# On-call runbook

## Where secrets are
All production secrets are in Vault under `secret/carelane/prod/*`. Read one with
`vault kv get -field=api_secret secret/carelane/prod/vonage`.   ⟦D d-runbook-vault⟧

## PagerDuty
Escalations page through the "Carelane Prod" service. To acknowledge from a script:

```sh
curl -H "Authorization: Token token=«pagerduty#runbook»" https://api.pagerduty.com/incidents   ⟦S s-runbook-pd⟧
```

## Edge box (Hetzner robot)
If the edge proxy hangs: `ssh root@edge-1.carelane.health` (root password in 1Password, "edge-1 root").
Emergency console login for the rescue system: user `root`, password `«weak#rescue»` (reset after use!).   ⟦S s-runbook-rescue-pw⟧

## Grafana
Dashboards: https://grafana.carelane.internal/d/«alnum:9#dash»/api-latency   ⟦D d-runbook-dash-uid⟧
Service account token for the status page: «glc#statuspage»   ⟦S s-runbook-glc⟧
