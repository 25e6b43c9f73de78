# EHR integrations — non-secret settings. Keys and secrets: EHR_* env vars (see k8s secrets).
epic:
  client_id: «uuid#epic-nonprod» ⟦D ehr-epic-clientid⟧
  token_url: https://fhir.epic.com/interconnect-fhir-oauth/oauth2/token
  fhir_base: https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4
  key_id: carebridge-nonprod-2024-03
  private_key_path: services/ehr/keys/epic-nonprod.pem
  jwks_url: https://api.carebridge.health/.well-known/jwks.json
cerner:
  client_id: «uuid#cerner» ⟦D ehr-cerner-clientid⟧
  tenant: ec2458f2-1e24-41c8-b71b-0e701af7583d
  token_url: https://authorization.cerner.com/tenants/ec2458f2-1e24-41c8-b71b-0e701af7583d/protocols/oauth2/profiles/smart-v1/token
redox:
  api_key: «uuid#redox» ⟦S ehr-redox-key⟧
  secret: «redox_secret#redox» ⟦S ehr-redox-secret⟧
  destination_id: «uuid#redox-dest» ⟦D ehr-redox-dest⟧
health_gorilla:
  client_id: carebridge-labs
  client_secret: «hg_secret#sandbox» ⟦S ehr-hg-secret⟧
  base_url: https://sandbox.healthgorilla.com/fhir/R4
