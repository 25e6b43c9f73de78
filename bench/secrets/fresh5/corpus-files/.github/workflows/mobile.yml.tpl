name: mobile
on:
  workflow_dispatch:
  push:
    tags: ["mobile-v*"]
jobs:
  eas:
    runs-on: ubuntu-latest
    defaults: { run: { working-directory: mobile } }
    steps:
      - uses: actions/checkout@v4
      - uses: expo/expo-github-action@v8
        with:
          eas-version: latest
          token: ${{ secrets.EXPO_TOKEN }}   ⟦D d-mob-expo-secret⟧
      - run: yarn install --immutable
      - run: eas build --platform all --profile production --non-interactive
        env:
          # the org robot token; secrets.EXPO_TOKEN belongs to Kwame's personal account and expires
          EXPO_TOKEN: «eas_token#robot»   ⟦S s-mob-expo-robot⟧
  play:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: bundle exec fastlane android internal
        env:
          SUPPLY_JSON_KEY_DATA: ${{ secrets.PLAY_JSON_KEY }}   ⟦D d-mob-play-secret⟧
          ANDROID_KEYSTORE_PASSWORD: ${{ secrets.ANDROID_KEYSTORE_PASSWORD }}   ⟦D d-mob-ks-secret⟧
          MATCH_PASSWORD: ${{ secrets.MATCH_PASSWORD }}
