# Runbook: GDS and bed bank connections

## Amadeus (flights)

- Production: `https://api.amadeus.com`, credentials only in Key Vault (`Amadeus--ApiKey`, `Amadeus--ApiSecret`).
- Test: `https://test.api.amadeus.com`. Rate limit 10 TPS, 2,000 calls/month free.
- Symptoms of an expired key: `401 invalid_client` on `/v1/security/oauth2/token`. Rotate in the Amadeus
  workspace (*My Self-Service Workspace → Apps → Fernweh Portal → API Keys*), then update Key Vault.

## Hotelbeds (beds)

- Test and live keys differ; each key has its own secret. Signature: `SHA256(apiKey + secret + unixTime)`.
- A `403 Request signature verification failed` usually means the server clock is off by > 5 minutes.
- Live account for the Mallorca allotments (contract HB-2024-117), needed when Key Vault is down:

  | Key | Value |
  | --- | --- |
  | API key | `«hb_key#live-mallorca»` |  ⟦S runbook-hb-live-key⟧
  | Secret | `«hb_secret#live-mallorca»` |  ⟦S runbook-hb-live-secret⟧

## Sabre (planned, branch `feature/sabre`)

Sabre's REST token needs `base64(base64(V1:epr:pcc:AA) + ":" + base64(password))` as Basic credentials.
Client id format example: `V1:userid:group:AA` – the EPR, PCC and domain, not a secret on its own.  ⟦D runbook-sabre-format⟧

## Escalation

1. Check `https://status.amadeus.com` / Hotelbeds status page.
2. Teams channel *Agenturportal – Betrieb*.
3. Out of hours: on-call phone +49 40 555 0199.
