# Retool apps

Exports of the apps on munchly.retool.com, refreshed by hand after big edits (Settings → Export).
Resources are configured in Retool itself; configuration variables (`retoolContext.configVars.*`) hold the tokens.   ⟦D d-retool-readme-configvars⟧

- Orders dashboard — read-only prod DB + Stripe refunds
- Courier onboarding — document checks, Stripe Express links
