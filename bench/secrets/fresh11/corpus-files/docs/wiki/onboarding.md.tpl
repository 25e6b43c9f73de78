# Onboarding – Agenturportal-Team

Willkommen! This page is for new developers in the portal team (currently Katrin, Tobias, Aylin + one working student).

## Accounts you need

| What | Who grants it | Notes |
| --- | --- | --- |
| Entra ID account `vorname.nachname@fernweh-reisen.de` | IT (Herr Schulte) | MFA with Authenticator app |
| Azure DevOps project `fernweh-portal` | Katrin | Contributor |
| Azure subscription `Fernweh-Prod` | Aylin | Reader; Contributor only via PIM |
| Amadeus self-service workspace | Katrin | test environment only |
| Hotelbeds APItude test account | Tobias | shared, 50 calls/day |
| Seq (`https://seq.intern.fernweh-reisen.de`) | Tobias | log in with Entra |

## Office network / VPN

The legacy server `web02` and `SQL01` are only reachable from the office or via VPN (FortiClient).
VPN profile: `vpn.fernweh-reisen.de:10443`, user = your Entra login.

Until IT has set up your personal VPN account you can use the shared onboarding account
`vpn-onboarding` with password `«pwh#vpn-onboarding»` (it expires after 14 days, IT knows).  ⟦S onboarding-vpn-password⟧

## Test agency in the portal

For clicking through the portal on test use the agency **Reisebüro Sonnenschein (K-10077)**.
Das Passwort für den Testzugang `test@reisebuero-sonnenschein.de` lautet `«weak#test-agency»`.  ⟦S onboarding-test-agency-de⟧
Please do not change it, the Playwright tests use the same account.

## Secrets

Never put a real value into an `appsettings*.json`. Locally: `dotnet user-secrets set "<Key>" "<value>"`.  ⟦D onboarding-usersecrets-placeholder⟧
In Azure: Key Vault references, e.g. `@Microsoft.KeyVault(VaultName=kv-fernweh-prod;SecretName=Amadeus--ApiSecret)`.  ⟦D onboarding-kvref⟧
In pipelines: the variable group `fernweh-prod-secrets`, referenced as `$(Amadeus--ApiSecret)`.  ⟦D onboarding-pipelinevar⟧
