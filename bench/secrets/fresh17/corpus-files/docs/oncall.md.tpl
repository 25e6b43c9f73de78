# On-call runbook

Rotation: weekly, Monday 10:00 ET, in PagerDuty ("Eng primary"). Escalates to Marcus, then Priya.

## First five minutes

1. Ack in PagerDuty. Open the #inc channel from the incident (the Slack app does it).
2. Check the Datadog dashboard "Visits — golden signals".
3. If visits fail to connect: Twilio status page, then flip `VIDEO_PROVIDER=vonage` (Argo CD param override).

## Access

- AWS: SSO, role `oncall-break-glass` (logged, posts to #security).
- Bastion: `ssh -i ~/.ssh/carebridge_oncall ec2-user@bastion.carebridge.internal`
- Prod Postgres read replica via the bastion: user `oncall_ro`, password `«pw_memorable#oncall-ro»` (rotated quarterly, last: March) ⟦S oncall-pgpw⟧
- Argo CD admin (only if SSO is down): admin / «pw_human#argo-admin» ⟦S oncall-argo⟧
- Twilio console: shared login is in 1Password "Eng - Prod"; **never** paste it here. ⟦D oncall-1pw⟧

## Test a page end to end

```sh
curl -X POST https://events.pagerduty.com/v2/enqueue \
  -H 'Content-Type: application/json' \
  -d '{"routing_key":"«pd_routing#video»","event_action":"trigger","payload":{"summary":"test page","source":"oncall-doc","severity":"info"}}' ⟦S oncall-pd-routing⟧
```

## Useful

- Datadog logs query for a visit: `service:video @visit_id:<id>`
- Stripe dashboard: check the "Failed payments" view; refunds over $200 need Priya.
- EHR sandbox outages: Epic posts on open.epic.com; Redox on status.redoxengine.com.
