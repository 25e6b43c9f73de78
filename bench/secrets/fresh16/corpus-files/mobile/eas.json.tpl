{
  "cli": { "version": ">= 7.6.0", "appVersionSource": "remote" },
  "build": {
    "development": {
      "developmentClient": true,
      "distribution": "internal",
      "env": { "APP_VARIANT": "development" }
    },
    "preview": {
      "distribution": "internal",
      "channel": "preview",
      "env": { "APP_VARIANT": "preview", "EXPO_PUBLIC_API_URL": "https://api-staging.classnote.io" }
    },
    "production": {
      "channel": "production",
      "autoIncrement": true,
      "env": {
        "APP_VARIANT": "production",
        "SENTRY_ORG": "classnote",
        "SENTRY_PROJECT": "mobile",
        "SENTRY_AUTH_TOKEN": "«sentry_org_token#eas»" ⟦S eas-sentry⟧
      }
    }
  },
  "submit": {
    "production": {
      "ios": { "appleId": "tomas@classnote.io", "ascAppId": "6479021183", "appleTeamId": "Q7K2M9XW4D" }, ⟦D eas-asc⟧
      "android": { "serviceAccountKeyPath": "./play-service-account.json", "track": "internal" } ⟦D eas-play⟧
    }
  }
}
