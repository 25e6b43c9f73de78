# Connecting Zendesk

Relaydesk reads new tickets through the Zendesk API and answers as a dedicated agent user.

1. In Zendesk, create an agent user named **Relaydesk AI** (a light agent is not enough: it must post public replies).
2. Go to **Admin Center → Apps and integrations → APIs → Zendesk API**, enable *Token access* and click
   **Add API token**. Name it "Relaydesk". Copy the token, Zendesk shows it only once.
3. In the Relaydesk dashboard open **Settings → Integrations → Zendesk** and enter:
   - Subdomain: `yourcompany` (from `yourcompany.zendesk.com`)
   - Agent e-mail: the Relaydesk AI user's e-mail
   - API token: the token from step 2

To check the token yourself before pasting it:

```bash
curl https://yourcompany.zendesk.com/api/v2/users/me.json \
  -u "relaydesk-ai@yourcompany.com/token:YOUR_API_TOKEN" ⟦D ob-zd-curl⟧
```

The response must show `"role": "agent"` or `"admin"`.

4. Add a trigger: *Ticket is Created* and *Channel is not Relaydesk* → notify target **Relaydesk webhook**
   (`https://agent.relaydesk.ai/hooks/zendesk/{{ticket.id}}`, basic auth user `relaydesk`, password: the
   webhook secret shown on the integration page). ⟦D ob-zd-liquid⟧

We store the token encrypted (pgsodium) and only the agent service can decrypt it. You can revoke it in Zendesk at
any time; Relaydesk will show "disconnected" within a minute.
