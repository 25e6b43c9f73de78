# Installing Classnote in Canvas (LTI 1.3)

This is the guide we send to a district's Canvas admin. It takes about ten minutes.

## 1. Create the developer key

In **Admin → Developer Keys → + Developer Key → + LTI Key**, choose *Paste JSON* and paste:

```json
{
  "title": "Classnote",
  "description": "Lessons, assignments and feedback",
  "oidc_initiation_url": "https://api.classnote.io/lti/login",
  "target_link_uri": "https://api.classnote.io/lti/launch",
  "public_jwk_url": "https://api.classnote.io/.well-known/jwks.json",
  "scopes": [
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
    "https://purl.imsglobal.org/spec/lti-ags/scope/score",
    "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"
  ],
  "extensions": [{
    "platform": "canvas.instructure.com",
    "privacy_level": "public",
    "settings": { "placements": [
      { "placement": "course_navigation", "message_type": "LtiResourceLinkRequest" },
      { "placement": "assignment_selection", "message_type": "LtiDeepLinkingRequest" }
    ] }
  }]
}
```

Turn the key **ON** and send us the number in the *Details* column (the client id, e.g. `«canvas_client#example»`). ⟦D canvas-doc-client⟧

## 2. Install the app

In **Settings → Apps → + App**, choose *By Client ID*, paste the client id and submit. Canvas shows a
deployment id such as `«canvas_deploy#example»` under the app's settings cog; send that to us too. ⟦D canvas-doc-dep⟧

## 3. Check the launch

Open any course → Classnote in the course navigation. You should land on the class roster. If you see
"Unknown deployment", we have not added the deployment id yet.

If your district's firewall inspects TLS, allow `api.classnote.io` and `cdn.classnote.io`.
