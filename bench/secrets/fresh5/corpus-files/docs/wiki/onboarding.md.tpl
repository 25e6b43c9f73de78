# Welcome to Munchly 👋

## Day one

1. Get invited to Slack (#eng, #ops-alerts, #courier-support), GitHub (`munchly` org), Render, Retool and 1Password.
2. Office Wi-Fi "Munchly-Crew": «memorable#wifi»   ⟦S s-wiki-wifi⟧
   Guest network "Munchly-Guest": password is on the fridge (rotated monthly).   ⟦D d-wiki-guest⟧
3. The shared test phone's PIN is in 1Password ("QA iPhone").

## Accounts we share (until we get SSO)

| tool | login | password |
|---|---|---|
| Retool (admin) | ops@munchly.app | see 1Password "Retool admin" |   ⟦D d-wiki-retool-ref⟧
| Grafana (self-hosted, grafana.internal.munchly.app) | admin | admin |   ⟦S s-wiki-grafana-default⟧
| Restaurant tablet MDM (Esper) | devices@munchly.app | «pwh#esper» |   ⟦S s-wiki-esper⟧
| Google Play Console | kwame@munchly.app | personal account, 2FA |
| Twilio | tomasz@munchly.app | `********` (ask Tomasz) |   ⟦D d-wiki-masked⟧

RabbitMQ is gone (we moved to BullMQ); ignore `guest`/`guest` in old docs.   ⟦D d-wiki-rabbit⟧

## Support macros

- "Your courier is nearby" — use when ETA < 3 min.
- "Reset your password" → send https://munchly.app/reset?token=<token from the admin panel>   ⟦D d-wiki-reset⟧
