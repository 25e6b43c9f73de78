name: mobile
on:
  push:
    tags: ['mobile-v*']
jobs:
  ios:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11   ⟦D d-gha-pinned-sha⟧
      - run: bundle exec fastlane beta
        working-directory: ios
        env:
          MATCH_PASSWORD: ${{ secrets.MATCH_PASSWORD }}   ⟦D d-gha-secret-ref⟧
          FASTLANE_PASSWORD: ${{ secrets.FASTLANE_PASSWORD }}   ⟦D d-gha-secret-ref-2⟧
  android:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - run: echo "$KEYSTORE_B64" | base64 -d > android/keystores/carelane-release.jks
        env:
          KEYSTORE_B64: ${{ secrets.ANDROID_KEYSTORE_BASE64 }}   ⟦D d-gha-secret-ref-3⟧
      - run: npx firebase-tools appdistribution:distribute app-release.apk --app 1:«digits:12#fcm-project»:android:«hex:16#android-app»   ⟦D d-gha-firebase-appid⟧
        env:
          FIREBASE_TOKEN: 1//0«b64url:98#firebase-ci»   ⟦S s-gha-firebase-token⟧
