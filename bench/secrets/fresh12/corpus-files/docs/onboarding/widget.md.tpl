# Installing the chat widget

Paste this before `</body>` on every page where the widget should appear:

```html
<script src="https://widget.relaydesk.ai/v1.js" data-key="rdpk_YOUR_PUBLIC_KEY" async></script> ⟦D ow-snippet⟧
```

The public key (`rdpk_…`) is safe in HTML: it only lets visitors open conversations with your agent, rate limited
per visitor. Your **secret** key (`rdsk_live_…`) is for server-to-server calls; keep it on your server.

## Identifying logged-in shoppers

Sign the shopper's e-mail with your secret key so the agent may look up their orders:

```js
// server side (Node)
import { createHmac } from 'node:crypto';
const userHash = createHmac('sha256', process.env.RELAYDESK_SECRET_KEY).update(user.email).digest('hex'); ⟦D ow-hmac⟧
```

```html
<script>window.relaydesk = { email: "ada@example.com", userHash: "{{ user_hash }}" };</script> ⟦D ow-template⟧
```

Example, with the test vector from our SDK tests (`secret = "test_secret"`, e-mail `ada@example.com`):
`userHash = «hmac_vector:test_secret/ada@example.com»`. ⟦D ow-vector⟧

## Content Security Policy

```
script-src https://widget.relaydesk.ai 'sha256-«b64:32#csp-hash»'; ⟦D ow-csp⟧
connect-src https://agent.relaydesk.ai wss://agent.relaydesk.ai;
```
