{
  "expo": {
    "name": "Munchly",
    "slug": "munchly",
    "version": "2.3.0",
    "owner": "munchly",
    "ios": {
      "bundleIdentifier": "app.munchly.customer",
      "config": { "googleMapsApiKey": "«fb_web_key#maps-ios»" },   ⟦D d-app-maps-ios⟧
      "googleServicesFile": "./ios/Munchly/GoogleService-Info.plist"
    },
    "android": {
      "package": "app.munchly.customer",
      "config": { "googleMaps": { "apiKey": "«fb_web_key#maps-android»" } },   ⟦D d-app-maps-android⟧
      "googleServicesFile": "./android/app/google-services.json"
    },
    "extra": {
      "eas": { "projectId": "«uuid#eas-project»" },   ⟦D d-app-eas-project⟧
      "apiBaseUrl": "https://api.munchly.app",
      "stripePublishableKey": "«pk_live#mobile»",   ⟦D d-app-pk⟧
      "sentryDsn": "«sentry_dsn#mobile»",   ⟦D d-app-dsn⟧
      "revenueCatIos": "«rc_public#ios»",   ⟦D d-app-rc-ios⟧
      "revenueCatAndroid": "«rc_public_android#android»",   ⟦D d-app-rc-android⟧
      "branchKey": "«branch_key#mobile»",   ⟦D d-app-branch⟧
      "oneSignalAppId": "«uuid#onesignal-app»",   ⟦D d-app-onesignal⟧
      "algoliaAppId": "«algolia_app#algolia»",   ⟦D d-app-algolia-app⟧
      "algoliaSearchKey": "«hex:32#algolia-search»"   ⟦D d-app-algolia-search⟧
    },
    "updates": { "url": "https://u.expo.dev/«uuid#eas-project»" }   ⟦D d-app-updates⟧
  }
}
