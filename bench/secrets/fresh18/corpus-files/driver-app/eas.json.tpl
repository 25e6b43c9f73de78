{
  "cli": { "version": ">= 7.3.0" },
  "build": {
    "preview": { "distribution": "internal", "android": { "buildType": "apk" } },
    "production": { "autoIncrement": true }
  },
  "submit": {
    "production": {
      "android": { "serviceAccountKeyPath": "./play-service-account.json", "track": "internal" }, ⟦D eas-sapath⟧
      "ios": { "appleId": "apps@coldchainsense.io", "ascAppId": "6479203311" }
    }
  }
}
