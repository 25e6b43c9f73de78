# Founders' notes (Priya, Tomasz, Noah)

Running doc. Newest on top. Not for customers.

## 2024-07-09 — pilot status
- Acme (Weaviate pilot) wants SOC 2 before signing. Vanta trial started, Noah owns it.
- Bloom & Bark: 61% of tickets auto-resolved last week, 4 bad refunds (all below €20). Keep the €50 limit.
- Azure credits: $31k left of $50k, burn ~$4k/month. Move classify to Groq fully (done in providers.py).

## 2024-06-24 — shared accounts
Everything is in 1Password, except the things we keep forgetting to move:
- support@relaydesk.ai Google login: «pw_human#support-google» (Tomasz has the 2FA backup codes) ⟦S fn-google-pw⟧
- Zendesk owner account priya@relaydesk.ai, password «pw_weak#zendesk-owner» — change it after the pilot ⟦S fn-zendesk-pw⟧
- #alerts Slack webhook for the agent's error handler: «slack_hook#alerts» ⟦S fn-slack-hook⟧
- Anthropic admin key (for usage reports, console → Settings → Admin keys): «anthropic_admin#usage» ⟦S fn-anthropic-admin⟧
- Company card last 4: 4417 (Mercury), Stripe account id acct_1Oq«alnum:13#acct» ⟦D fn-acct⟧

## 2024-06-11 — the .env incident
Priya's `.env` was committed in the first commit and sat in the repo for a month. We rotated OpenAI, Anthropic,
Pinecone, Zendesk and LangSmith. OpenAI's dashboard shows the old key as `sk-proj-...«alnum:4#old-tail»`, revoked 2024-06-11. ⟦D fn-tail⟧
Lesson: pre-commit hook (gitleaks) on every laptop. Tomasz to add.

## 2024-05-20 — pricing
Starter €149/mo (1 inbox, 1k conversations), Growth €499/mo (5 inboxes, 5k conversations, Shopify + Stripe actions).
Stripe price ids: starter «stripe_price#starter», growth «stripe_price#growth». ⟦D fn-prices⟧
