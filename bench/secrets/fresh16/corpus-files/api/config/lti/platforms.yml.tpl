# One entry per LMS registration. client_id and deployment_id come from the platform admin and are not secret:
# they appear in every launch's id_token. Platform keys are fetched from jwks_url and cached for an hour.

canvas_cloud:
  issuer: https://canvas.instructure.com
  client_id: "«canvas_client#cloud»" ⟦D plat-canvas-client⟧
  deployment_ids:
    - "«canvas_deploy#maple»" # Maple Grove Unified ⟦D plat-canvas-dep1⟧
    - "«canvas_deploy#riverside»" # Riverside ISD ⟦D plat-canvas-dep2⟧
  auth_login_url: https://sso.canvaslms.com/api/lti/authorize_redirect
  auth_token_url: https://sso.canvaslms.com/login/oauth2/token
  jwks_url: https://sso.canvaslms.com/api/lti/security/jwks

moodle_northfield:
  issuer: https://moodle.northfield.k12.mn.us
  client_id: "«moodle_client#northfield»" ⟦D plat-moodle-client⟧
  deployment_ids: ["3"]
  auth_login_url: https://moodle.northfield.k12.mn.us/mod/lti/auth.php
  auth_token_url: https://moodle.northfield.k12.mn.us/mod/lti/token.php
  # their Moodle has no reachable JWKS endpoint from Heroku (IP allow-list), so the key is pinned here
  public_jwk:
    kty: EC
    crv: P-256
    kid: moodle-2024-01
    x: "«ec_coord#moodle-x»" ⟦D plat-moodle-x⟧
    y: "«ec_coord#moodle-y»" ⟦D plat-moodle-y⟧

blackboard_saas:
  issuer: https://blackboard.com
  client_id: "«uuid4#bb-client»" ⟦D plat-bb-client⟧
  deployment_ids:
    - "«uuid4#bb-deploy-lakeview»" ⟦D plat-bb-dep⟧
  auth_login_url: https://developer.blackboard.com/api/v1/gateway/oidcauth
  auth_token_url: https://developer.blackboard.com/api/v1/gateway/oauth2/jwttoken
  jwks_url: https://developer.blackboard.com/api/v1/management/applications/«uuid4#bb-client»/jwks.json ⟦D plat-bb-jwks⟧
