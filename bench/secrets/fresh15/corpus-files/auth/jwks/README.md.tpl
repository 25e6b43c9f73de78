# Token signing keys

The ledger API issues ES256 access tokens (Guardian + JOSE). `public.json` is served at
`https://api.ledgerline.io/.well-known/jwks.json` so the card-auth service and partners can verify them.

Production private keys are generated in Vault transit (`transit/keys/ledger-jwt`, type ecdsa-p256, ⟦D jwks-transit⟧
exportable=false) and never leave it. `dev-signing.jwk.json` is the key for local dev and staging.

Example token header for debugging (no signature, do not use): ⟦D jwks-example-hdr⟧
`eyJhbGciOiJFUzI1NiIsImtpZCI6InByb2QtMjAyNC0wNSJ9` ⟦D jwks-hdr-b64⟧
