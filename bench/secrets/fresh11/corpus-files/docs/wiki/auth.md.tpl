# Authentication

Agents sign in at `https://login.fernweh-reisen.de` (Duende IdentityServer, `src/Fernweh.Identity`). The Blazor app
and the MAUI app are public clients with PKCE; the core reservation system uses client credentials.

## Token validation in the API

The API validates tokens against the discovery document
(`https://login.fernweh-reisen.de/.well-known/openid-configuration`). The signing certificate's public part, for
partners that validate our tokens offline:

```text
«cert#login»  ⟦D auth-cert⟧
```

Thumbprint: `«thumb#login-cert»`  ⟦D auth-thumb⟧

## Debugging a token

Paste tokens into https://jwt.ms only for **test** users. The header of our access tokens looks like
`{"alg":"RS256","kid":"7A0C6F1D2B9E4E3C8B5A1F0E9D8C7B6A","typ":"at+jwt"}`; `kid` names the signing key, it is not secret.  ⟦D auth-kid⟧

Example of an unsigned token used by the API's unit tests (`alg: none`, rejected by the real pipeline):
`«jwt_none»`  ⟦D auth-jwt-none⟧

## Password policy for agent accounts

- minimum 10 characters, at least one digit and one non-alphanumeric character
- lockout after 5 failed attempts for 15 minutes
- password reset tokens are valid for 24 hours (`DataProtectionTokenProviderOptions.TokenLifespan`)  ⟦D auth-tokenlifespan⟧
