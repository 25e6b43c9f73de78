# {{ client_name }} — handover from Studio Ronce

_Template v3 — copy to the client's repository as docs/HANDOVER.md and fill in every {{ … }}._

## Servers

- **{{ server_name }}** ({{ provider }}): SSH as `{{ ssh_user }}` with the key in `ops/keys/`.
  Root password: `{{ root_password }}` ⟦D tpl-root⟧

## Accounts

| service        | where              | login              | password / key          |
|----------------|--------------------|--------------------|-------------------------|
| CMS admin      | {{ cms_url }}      | {{ cms_user }}     | `********` | ⟦D tpl-stars⟧
| Hosting        | {{ hosting_url }}  | {{ hosting_user }} | `<password>` | ⟦D tpl-angle⟧
| Stripe         | dashboard.stripe.com | owner            | API key `sk_live_xxxxxxxxxxxxxxxxxxxxxxxx` (never paste the real one here) | ⟦D tpl-stripe⟧
| Netlify        | app.netlify.com    | CI token           | `{{ netlify_token }}` | ⟦D tpl-netlify⟧

## Checklist before the handover call

- [ ] every password above changed by the client
- [ ] agency accounts scheduled for removal
- [ ] DNS and domain registrar access confirmed
