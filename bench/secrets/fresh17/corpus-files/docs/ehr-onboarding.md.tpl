# EHR integration onboarding

## Epic (App Orchard / open.epic)

We are registered as a **backend system** app: no user login, a signed JWT assertion per token request.

1. Generate a key pair: `openssl genrsa -out epic.pem 2048 && openssl rsa -in epic.pem -pubout -out epic.pub`.
2. Publish the public key at `https://api.carebridge.health/.well-known/jwks.json` (kid = `carebridge-<env>-<yyyy-mm>`).
3. Epic non-prod client id: `«uuid#epic-nonprod»`; production client id is issued per customer health system. ⟦D ehrdoc-clientid⟧

Public key currently registered for non-prod:

```
«rsa_pub#epic-nonprod» ⟦D ehrdoc-pubkey⟧
```

### Sandbox test patients

Epic's public sandbox documents MyChart test users; for Camila Lopez the documented login is
`fhircamila` / `epicepic1`. These are Epic's published sandbox credentials, not ours. ⟦D ehrdoc-epicsandbox⟧
FHIR id of Camila Lopez in the sandbox: `erXuFYUfucBZaryVksYEcMg3`. ⟦D ehrdoc-fhirid⟧

## Cerner (Oracle Health)

Same flow; the open sandbox tenant is `ec2458f2-1e24-41c8-b71b-0e701af7583d`. System account client id:
`«uuid#cerner»`. ⟦D ehrdoc-cerner⟧

## Redox / Health Gorilla

Credentials in 1Password ("Eng - Sandbox"). Health Gorilla sandbox client secret looks like
`hg_sandbox_xxxxxxxxxxxxxxxxxxxxxxxx`; request your own from their portal. ⟦D ehrdoc-hgexample⟧
