# SAML SP settings for the ops console (ledger /ops, behind Okta)
entity_id: https://api.ledgerline.io/ops/saml/metadata
acs_url: https://api.ledgerline.io/ops/saml/acs
idp_metadata: auth/saml/okta-idp-metadata.xml
want_assertions_signed: true
sign_requests: true
signing_key_path: /run/secrets/saml_sp_key   # mounted from Vault, see infra/vault ⟦D saml-key-path⟧
attribute_map:
  email: "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"
  groups: "groups"
allowed_groups: ["ledgerline-ops", "ledgerline-eng"]
