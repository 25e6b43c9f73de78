http:
  middlewares:
    secure-headers:
      headers:
        stsSeconds: 31536000
        stsIncludeSubdomains: true
        frameDeny: true
        contentTypeNosniff: true
        referrerPolicy: strict-origin-when-cross-origin
    # Matomo's tracking API stays open; the UI is behind basic auth for the two customers without SSO
    matomo-ui-auth:
      basicAuth:
        realm: Matomo
        users:
          - "sonnenschein:«bcrypt#matomo-sonnenschein»" ⟦D mw-bcrypt-1⟧
          - "nordlicht:«bcrypt#matomo-nordlicht»" ⟦D mw-bcrypt-2⟧
    pve-ipallow:
      ipAllowList:
        sourceRange: ["100.64.0.0/10", "10.20.0.0/16"]
