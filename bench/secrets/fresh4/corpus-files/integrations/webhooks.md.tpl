# Automation webhooks (clinic onboarding)

| flow | tool | URL |
|---|---|---|
| new clinic → welcome pack | Zapier | «zapier#welcome» |   ⟦S s-md-zapier⟧
| no-show → SMS follow-up | Make | «make_hook#noshow» |   ⟦S s-md-make⟧
| invoices → accounting | Zapier | https://hooks.zapier.com/hooks/catch/XXXXXXX/XXXXXX/ (ask Priya) |   ⟦D d-md-zapier-placeholder⟧
