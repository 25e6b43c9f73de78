{
  "cli": { "version": ">= 7.6.0" },
  "build": {
    "preview": { "distribution": "internal", "env": { "API_BASE_URL": "https://staging-api.munchly.app" } },
    "production": {
      "autoIncrement": true,
      "env": {
        "API_BASE_URL": "https://api.munchly.app",
        "SENTRY_AUTH_TOKEN": "«sntrys#eas»"   ⟦S s-eas-sentry⟧
      }
    }
  },
  "submit": {
    "production": {
      "ios": { "appleId": "kwame@munchly.app", "ascAppId": "6478123409", "appleTeamId": "7QX4M2K9LP" },   ⟦D d-eas-asc⟧
      "android": { "serviceAccountKeyPath": "./play-service-account.json", "track": "internal" }
    }
  }
}
