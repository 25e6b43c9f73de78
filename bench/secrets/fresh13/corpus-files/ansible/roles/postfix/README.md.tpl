# postfix

Outbound-only Postfix relay with OpenDKIM. Every customer server sends through `mail01`, which relays through
Mailgun EU with SASL.

## Variables

| Variable | Default | Notes |
|----------|---------|-------|
| `postfix_relay_host` | `""` | e.g. `[smtp.eu.mailgun.org]:587` |
| `postfix_relay_user` | `""` | SMTP login of the Mailgun domain |
| `postfix_relay_password` | `""` | put it in the vault: `vault_postfix_relay_password` | ⟦D postfix-readme-pw⟧
| `postfix_dkim_selector` | `kb2025` | the TXT record lives in `terraform/cloudflare` |

Example for a host that relays somewhere else:

```yaml
postfix_relay_host: "[smtp.example.com]:587"
postfix_relay_user: "relay@example.com"
postfix_relay_password: "<relay password>" ⟦D postfix-readme-example⟧
```

After changing the relay credentials the role runs `postmap /etc/postfix/sasl_passwd` and reloads Postfix.
